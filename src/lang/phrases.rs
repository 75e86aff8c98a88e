//! TEMPORARY STUB (being replaced by the full multilingual tables).
pub(crate) static COMMENTS: &[&str] = &[
    "leave a reply",
    "laisser un commentaire",
    "comments",
    "votre adresse e-mail ne sera pas publiée",
    "schreibe einen kommentar",
];
pub(crate) static RELATED: &[&str] = &[
    "related posts",
    "lire aussi",
    "ähnliche artikel",
    "相关文章",
    "関連記事",
    "مقالات ذات صلة",
    "похожие статьи",
];
pub(crate) static SHARE: &[&str] = &["share this"];
pub(crate) static NEWSLETTER: &[&str] = &["subscribe to our newsletter"];
pub(crate) static COOKIES: &[&str] = &["we use cookies"];
pub(crate) static AUTHOR: &[&str] = &["about the author"];
pub(crate) static TAGS: &[&str] = &["tags"];
pub(crate) static NAVIGATION: &[&str] = &["previous post"];
pub(crate) static ADS: &[&str] = &["advertisement"];
pub(crate) static WIDGET_ERRORS: &[&str] = &["giphy app key not set"];
pub(crate) static COPYRIGHT: &[&str] = &["all rights reserved"];
