//! The kinds of boilerplate the crate recognises, one list for both kinds
//! of evidence: what an element's class/id/role says ([`crate::hints`]) and
//! what a short line of text says ([`crate::lang`]). A leaf: it imports
//! nothing of the crate, so markup hints and language phrases name a
//! comment section, a share bar or a byline with the same value without
//! importing each other.

/// A kind of boilerplate (or of page furniture) that markup or text announces.
///
/// Some kinds come from one kind of evidence only: [`Layout`](Self::Layout),
/// [`ScreenReader`](Self::ScreenReader), [`Credit`](Self::Credit) and
/// [`Gallery`](Self::Gallery) from class/id words; [`WidgetError`](Self::WidgetError)
/// and [`Copyright`](Self::Copyright) from phrases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Boilerplate {
    /// Comment threads and comment forms ("Leave a Reply", "Laisser un
    /// commentaire").
    Comments,
    /// Related, recommended, popular, "more stories" boxes ("Related
    /// posts", "Lire aussi").
    Related,
    /// Share and like bars ("Share this").
    Share,
    /// Newsletter and subscription boxes and prompts.
    Newsletter,
    /// Cookie and consent notices.
    Cookies,
    /// Bylines, author bio boxes, post metadata.
    Byline,
    /// Tag and category lists.
    Tags,
    /// Menus, breadcrumbs, pagination, skip links.
    Navigation,
    /// Advertising and advertising labels.
    Ads,
    /// Page furniture: sidebars, headers, footers, widgets, popups.
    Layout,
    /// Text meant for screen readers only.
    ScreenReader,
    /// Photo credits.
    Credit,
    /// Image galleries and slideshows (captions repeated, controls).
    Gallery,
    /// Widget and script errors ("GIPHY App Key not set").
    WidgetError,
    /// Copyright lines.
    Copyright,
}

impl Boilerplate {
    /// A short name, used in explanations.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Boilerplate::Comments => "comments",
            Boilerplate::Related => "related",
            Boilerplate::Share => "share",
            Boilerplate::Newsletter => "newsletter",
            Boilerplate::Cookies => "cookies",
            Boilerplate::Byline => "byline",
            Boilerplate::Tags => "tags",
            Boilerplate::Navigation => "navigation",
            Boilerplate::Ads => "ads",
            Boilerplate::Layout => "layout",
            Boilerplate::ScreenReader => "screen-reader",
            Boilerplate::Credit => "credit",
            Boilerplate::Gallery => "gallery",
            Boilerplate::WidgetError => "widget error",
            Boilerplate::Copyright => "copyright",
        }
    }
}
