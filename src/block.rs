//! The kept content as typed blocks ([`Article::blocks`](crate::Article::blocks)).

/// What a [`Block`] is.
///
/// With the `serde` feature it serializes as a lower-case word
/// (`"heading"`, `"paragraph"`, `"list"`, `"table"`, `"quote"`, `"code"`,
/// `"caption"`, `"post"`).
///
/// ```
/// let a = decruft::Options::new().blocks(true).build()
///     .extract("<article><h2>Steps</h2><p>Mix the flour and the water in a large bowl, then wait an hour.</p></article>")?;
/// assert_eq!(a.blocks()[0].kind(), decruft::BlockKind::Heading);
/// assert_eq!(a.blocks()[1].kind(), decruft::BlockKind::Paragraph);
/// # Ok::<(), decruft::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum BlockKind {
    /// `<h1>`–`<h6>`; see [`Block::level`].
    Heading,
    /// Running text.
    Paragraph,
    /// A list (`<ul>`, `<ol>`, `<dl>`), nested lists included; see
    /// [`Block::items`].
    List,
    /// A data table; see [`Block::rows`].
    Table,
    /// Text inside a `<blockquote>`.
    Quote,
    /// Preformatted text (`<pre>`), white space kept; see
    /// [`Block::language`].
    Code,
    /// A figure caption.
    Caption,
    /// One post of a thread (a forum page), holding the post's blocks; see
    /// [`Block::blocks`], [`Block::author`] and [`Block::date`].
    Post,
}

/// One block of the article's body, in page order (see
/// [`Article::blocks`](crate::Article::blocks)).
///
/// The article's [`text`](crate::Article::text) is the blocks' texts
/// joined by a blank line, and its [`markdown`](crate::Article::markdown)
/// their Markdown joined the same way: both are renderings of this list.
///
/// With the `serde` feature a block serializes to an object with `kind` and
/// `text`, and `level`, `language`, `items`, `rows`, `author`, `date`,
/// `blocks`, `markdown` and `html` where they apply.
///
/// ```
/// let html = "<article><p>A sourdough starter is flour and water in which wild yeast has settled.</p>\
///             <h2>Kit</h2><ul><li>A glass jar with a loose lid.</li><li>Rye flour.</li></ul>\
///             <pre><code class='language-python'>print('fed')</code></pre></article>";
/// let a = decruft::Options::new().blocks(true).build().extract(html)?;
/// let kinds: Vec<_> = a.blocks().iter().map(|b| b.kind()).collect();
/// use decruft::BlockKind::*;
/// assert_eq!(kinds, [Paragraph, Heading, List, Code]);
/// assert_eq!(a.blocks()[2].items()[1].text(), "Rye flour.");
/// assert_eq!(a.blocks()[3].language(), Some("python"));
/// # Ok::<(), decruft::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Block {
    pub(crate) kind: BlockKind,
    pub(crate) text: String,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) level: Option<u8>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) language: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub(crate) items: Vec<ListItem>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub(crate) rows: Vec<TableRow>,
    /// A post's author, date and blocks: boxed, as few blocks are posts
    /// and a body can hold hundreds of thousands of blocks.
    #[cfg_attr(
        feature = "serde",
        serde(flatten, default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) post: Option<Box<Post>>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) markdown: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) html: Option<String>,
}

impl Block {
    /// What the block is.
    ///
    /// ```
    /// let a = decruft::Options::new().blocks(true).build()
    ///     .extract("<blockquote><p>We have never seen the river this high in living memory.</p></blockquote>")?;
    /// assert_eq!(a.blocks()[0].kind(), decruft::BlockKind::Quote);
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn kind(&self) -> BlockKind {
        self.kind
    }

    /// The block's plain text, as it appears in
    /// [`Article::text`](crate::Article::text): a list's items and a
    /// table's rows on lines of their own, cells separated by tabs.
    ///
    /// ```
    /// let a = decruft::Options::new().blocks(true).build()
    ///     .extract("<p>The ferry leaves at nine and returns, weather allowing, at six.</p>")?;
    /// assert_eq!(a.blocks()[0].text(), a.text());
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// A heading's level, 1 to 6; `None` for other blocks.
    ///
    /// ```
    /// let a = decruft::Options::new().blocks(true).build()
    ///     .extract("<article><h3>Tides</h3><p>The sea rises twice a day along most of the coast here.</p></article>")?;
    /// assert_eq!(a.blocks()[0].level(), Some(3));
    /// assert_eq!(a.blocks()[1].level(), None);
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn level(&self) -> Option<u8> {
        self.level
    }

    /// A code block's language, from the class of its `<pre>`, of the
    /// `<code>` inside or of the element around it (`language-python`,
    /// `lang-rust`, `highlight-source-js`, `highlight-go`) or a `data-lang`
    /// attribute, lower-cased; `None` when none names it.
    ///
    /// ```
    /// let a = decruft::Options::new().blocks(true).build()
    ///     .extract("<article><p>The smallest program in Rust is a single empty function, main.</p>\
    ///               <pre class='lang-rust'>fn main() {}</pre></article>")?;
    /// assert_eq!(a.blocks()[1].language(), Some("rust"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }

    /// A list's items in page order, nested ones included (see
    /// [`ListItem::depth`]); empty for other blocks.
    ///
    /// ```
    /// let html = "<ul><li>Flour, about fifty grams a day<ul><li>rye or wheat</li></ul></li><li>Water at room temperature</li></ul>";
    /// let a = decruft::Options::new().blocks(true).build().extract(html)?;
    /// let items = a.blocks()[0].items();
    /// assert_eq!(items.iter().map(|i| i.depth()).collect::<Vec<_>>(), [1, 2, 1]);
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn items(&self) -> &[ListItem] {
        &self.items
    }

    /// A table's rows; empty for other blocks.
    ///
    /// ```
    /// let html = "<article><p>How fast a starter rises depends on how much water it holds.</p>\
    ///             <table><thead><tr><th>Hydration</th><th>Rise</th></tr></thead>\
    ///             <tbody><tr><td>100%</td><td>6 hours</td></tr><tr><td>60%</td><td>10 hours</td></tr></tbody></table></article>";
    /// let a = decruft::Options::new().blocks(true).build().extract(html)?;
    /// let rows = a.blocks()[1].rows();
    /// assert!(rows[0].is_header());
    /// assert_eq!(rows[1].cells(), ["100%", "6 hours"]);
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn rows(&self) -> &[TableRow] {
        &self.rows
    }

    /// The block as Markdown, as it appears in
    /// [`Article::markdown`](crate::Article::markdown); `None` unless
    /// [`Options::markdown`](crate::Options::markdown) was set.
    ///
    /// ```
    /// let a = decruft::Options::new().blocks(true).markdown(true).build()
    ///     .extract("<article><h2>Steps</h2><p>Stir <em>slowly</em> for twenty minutes, then rest the dough.</p></article>")?;
    /// assert_eq!(a.blocks()[0].markdown(), Some("## Steps"));
    /// assert_eq!(a.blocks()[1].markdown(), Some("Stir *slowly* for twenty minutes, then rest the dough."));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn markdown(&self) -> Option<&str> {
        self.markdown.as_deref()
    }

    /// The block as HTML, as it appears in
    /// [`Article::html`](crate::Article::html); `None` unless
    /// [`Options::html`](crate::Options::html) was set.
    ///
    /// ```
    /// let a = decruft::Options::new().blocks(true).html(true).build()
    ///     .extract("<article><h2>Steps</h2><p>Stir <em>slowly</em> for twenty minutes, then rest the dough.</p></article>")?;
    /// assert_eq!(a.blocks()[0].html(), Some("<h2>Steps</h2>"));
    /// assert_eq!(a.blocks()[1].html(), Some("<p>Stir <em>slowly</em> for twenty minutes, then rest the dough.</p>"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn html(&self) -> Option<&str> {
        self.html.as_deref()
    }
    /// A post's blocks (paragraphs, quotes, code... of one post of a
    /// thread), in order; empty for other blocks. The post's text, Markdown
    /// and HTML are theirs joined as the article's are.
    ///
    /// ```
    /// let post = |who: &str, when: &str, words: &str| format!(
    ///     "<div class='post'><span class='username'>{who}</span> <time datetime='{when}'>{when}</time>\
    ///      <div class='post-body'><p>{words}</p></div></div>");
    /// let html = format!(
    ///     "<html><head><title>Which tent for the Pyrenees?</title></head><body>\
    ///      <h1>Which tent for the Pyrenees?</h1><div class='thread'>{}{}</div></body></html>",
    ///     post("ana", "2024-03-01", "I am going to walk the whole range in June and wonder which tent people here would take along."),
    ///     post("ben", "2024-03-02", "A light one with two doors: the wind up there turns, and you want to get out on the side it is not blowing."));
    /// let a = decruft::Options::new()
    ///     .blocks(true)
    ///     .base_url("https://hikers.example/forum/gear/which-tent-123.html")
    ///     .build()
    ///     .extract(&html)?;
    /// assert_eq!(a.page_type(), decruft::PageType::Forum);
    /// let posts: Vec<_> = a.blocks().iter().filter(|b| b.kind() == decruft::BlockKind::Post).collect();
    /// assert_eq!(posts.len(), 2);
    /// assert_eq!((posts[1].author(), posts[1].date()), (Some("ben"), Some("2024-03-02")));
    /// // The post's own header line (its author and date) may come first.
    /// assert!(posts[1].blocks().iter().any(|b| b.text().starts_with("A light one")));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn blocks(&self) -> &[Block] {
        self.post.as_ref().map_or(&[], |p| &p.blocks)
    }

    /// A post's author, when the page names one (an element marked as the
    /// author: `itemprop=author`, a class such as `username` or `author`, a
    /// `<cite>`); `None` for other blocks. See [`Block::blocks`].
    ///
    /// ```
    /// let a = decruft::Options::new().blocks(true).build()
    ///     .extract("<p>Not a post but the article's only paragraph, long enough to be kept.</p>")?;
    /// assert_eq!(a.blocks()[0].author(), None);
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn author(&self) -> Option<&str> {
        self.post.as_ref().and_then(|p| p.author.as_deref())
    }

    /// A post's date as the page gives it (a `<time>`'s `datetime`, else
    /// its text; an `itemprop=datePublished`); `None` for other blocks. See
    /// [`Block::blocks`].
    ///
    /// ```
    /// let a = decruft::Options::new().blocks(true).build()
    ///     .extract("<p>Not a post but the article's only paragraph, long enough to be kept.</p>")?;
    /// assert_eq!(a.blocks()[0].date(), None);
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn date(&self) -> Option<&str> {
        self.post.as_ref().and_then(|p| p.date.as_deref())
    }
}

/// What a post [`Block`] has beside its text: see [`Block::author`],
/// [`Block::date`] and [`Block::blocks`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub(crate) struct Post {
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) author: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) date: Option<String>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) blocks: Vec<Block>,
}

/// One item of a list [`Block`].
///
/// ```
/// let a = decruft::Options::new().blocks(true).build()
///     .extract("<ol start='3'><li>Discard all but twenty grams of the starter.</li><li>Feed it.</li></ol>")?;
/// let item = &a.blocks()[0].items()[0];
/// assert_eq!((item.text(), item.depth(), item.number()), ("Discard all but twenty grams of the starter.", 1, Some(3)));
/// # Ok::<(), decruft::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ListItem {
    pub(crate) text: String,
    pub(crate) depth: u8,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) number: Option<u32>,
}

impl ListItem {
    /// The item's text; an item of several paragraphs has them on lines of
    /// their own. A nested list is not part of it: its items follow, one
    /// level deeper.
    ///
    /// ```
    /// let a = decruft::Options::new().blocks(true).build()
    ///     .extract("<article><p>A starter needs little care, but what it needs it needs every day.</p>\
    ///               <ul><li><p>Keep the jar warm.</p><p>Not hot.</p></li><li>Feed it twice a day.</li></ul></article>")?;
    /// assert_eq!(a.blocks()[1].items()[0].text(), "Keep the jar warm.\nNot hot.");
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// How deep the item sits: 1 for the outermost list, 2 for a list
    /// inside one of its items, and so on. An item whose parent item was
    /// dropped goes one level below the nearest item kept.
    ///
    /// ```
    /// let a = decruft::Options::new().blocks(true).build()
    ///     .extract("<article><p>What you need is less than you think, and most of it is already at home.</p>\
    ///               <ul><li>Water<ul><li>tap water left out overnight</li></ul></li></ul></article>")?;
    /// assert_eq!(a.blocks()[1].items()[1].depth(), 2);
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn depth(&self) -> u8 {
        self.depth
    }

    /// Its number in an ordered list (counting from the list's `start`);
    /// `None` in an unordered one.
    ///
    /// ```
    /// let a = decruft::Options::new().blocks(true).build()
    ///     .extract("<ul><li>Flour and water, mixed well in the jar.</li></ul>")?;
    /// assert_eq!(a.blocks()[0].items()[0].number(), None);
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn number(&self) -> Option<u32> {
        self.number
    }
}

/// One row of a table [`Block`].
///
/// ```
/// let a = decruft::Options::new().blocks(true).build()
///     .extract("<article><p>Each feed uses equal weights of flour and water, measured on a scale.</p>\
///               <table><tr><th>Flour</th><th>Water</th></tr><tr><td>50 g</td><td>50 g</td></tr></table></article>")?;
/// let rows = a.blocks()[1].rows();
/// assert_eq!(rows[0].cells(), ["Flour", "Water"]);
/// assert!(rows[0].is_header() && !rows[1].is_header());
/// # Ok::<(), decruft::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct TableRow {
    pub(crate) cells: Vec<String>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) header: bool,
}

impl TableRow {
    /// The cells' texts, left to right. Empty cells are left out.
    ///
    /// ```
    /// let a = decruft::Options::new().blocks(true).build()
    ///     .extract("<article><p>The less water a starter holds, the stiffer it is and the slower it rises.</p>\
    ///               <table><tr><td>60%</td><td>stiff dough</td></tr><tr><td>100%</td><td>batter</td></tr></table></article>")?;
    /// assert_eq!(a.blocks()[1].rows()[0].cells(), ["60%", "stiff dough"]);
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn cells(&self) -> &[String] {
        &self.cells
    }

    /// Whether the row is a header row: inside `<thead>`, or with `<th>`
    /// cells only.
    ///
    /// ```
    /// let a = decruft::Options::new().blocks(true).build()
    ///     .extract("<article><p>The less water a starter holds, the stiffer it is and the slower it rises.</p>\
    ///               <table><tr><td>60%</td><td>stiff dough</td></tr><tr><td>100%</td><td>batter</td></tr></table></article>")?;
    /// assert!(!a.blocks()[1].rows()[0].is_header());
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn is_header(&self) -> bool {
        self.header
    }
}
