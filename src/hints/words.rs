//! Class and id words that name page furniture, in the languages themes and
//! CMSs are written in. Data only: lowercase ASCII (class names rarely carry
//! accents: "publicite", "pubblicita"), one word each; `hints` splits class
//! values into words (on punctuation and camelCase) and also tries each word
//! glued to the one before ("related" + "posts").

use crate::boilerplate::Boilerplate;

/// Words marking boilerplate sections.
pub(crate) static CLASS_WORDS: &[(&str, Boilerplate)] = &[
    // en: comments
    ("comment", Boilerplate::Comments),
    ("comments", Boilerplate::Comments),
    ("commentlist", Boilerplate::Comments),
    ("commentform", Boilerplate::Comments),
    ("respond", Boilerplate::Comments),
    ("replies", Boilerplate::Comments),
    ("disqus", Boilerplate::Comments),
    ("discussion", Boilerplate::Comments),
    // other languages: comments
    ("commentaires", Boilerplate::Comments),  // fr
    ("kommentare", Boilerplate::Comments),    // de
    ("kommentar", Boilerplate::Comments),     // de, sv, da, no
    ("comentarios", Boilerplate::Comments),   // es, pt
    ("comentarii", Boilerplate::Comments),    // ro
    ("commenti", Boilerplate::Comments),      // it
    ("reacties", Boilerplate::Comments),      // nl
    ("komentarze", Boilerplate::Comments),    // pl
    ("komentare", Boilerplate::Comments),     // cs, sk
    ("kommentarer", Boilerplate::Comments),   // sv, da, no
    ("kommentit", Boilerplate::Comments),     // fi
    ("hozzaszolasok", Boilerplate::Comments), // hu
    ("yorumlar", Boilerplate::Comments),      // tr
    ("kommentarii", Boilerplate::Comments),   // ru (translit)
    // en: related
    ("related", Boilerplate::Related),
    ("relatedposts", Boilerplate::Related),
    ("recommended", Boilerplate::Related),
    ("recommendations", Boilerplate::Related),
    ("popular", Boilerplate::Related),
    ("trending", Boilerplate::Related),
    ("outbrain", Boilerplate::Related),
    ("taboola", Boilerplate::Related),
    ("morestories", Boilerplate::Related),
    ("seealso", Boilerplate::Related),
    // other languages: related
    ("similaires", Boilerplate::Related),   // fr
    ("connexes", Boilerplate::Related),     // fr
    ("aehnliche", Boilerplate::Related),    // de
    ("verwandte", Boilerplate::Related),    // de
    ("relacionados", Boilerplate::Related), // es, pt
    ("relacionadas", Boilerplate::Related), // es, pt
    ("correlati", Boilerplate::Related),    // it
    ("correlate", Boilerplate::Related),    // it
    ("gerelateerd", Boilerplate::Related),  // nl
    ("powiazane", Boilerplate::Related),    // pl
    ("podobne", Boilerplate::Related),      // pl, cs
    ("souvisejici", Boilerplate::Related),  // cs
    ("relaterade", Boilerplate::Related),   // sv
    ("relaterede", Boilerplate::Related),   // da
    ("ilgili", Boilerplate::Related),       // tr
    ("benzer", Boilerplate::Related),       // tr
    // en: share
    ("share", Boilerplate::Share),
    ("shares", Boilerplate::Share),
    ("sharing", Boilerplate::Share),
    ("sharedaddy", Boilerplate::Share),
    ("sharethis", Boilerplate::Share),
    ("addthis", Boilerplate::Share),
    ("social", Boilerplate::Share),
    ("likes", Boilerplate::Share),
    // other languages: share
    ("partage", Boilerplate::Share),      // fr
    ("partager", Boilerplate::Share),     // fr
    ("teilen", Boilerplate::Share),       // de
    ("compartir", Boilerplate::Share),    // es
    ("compartilhar", Boilerplate::Share), // pt
    ("condividi", Boilerplate::Share),    // it
    ("delen", Boilerplate::Share),        // nl
    ("udostepnij", Boilerplate::Share),   // pl
    ("sdilet", Boilerplate::Share),       // cs
    ("dela", Boilerplate::Share),         // sv
    ("paylas", Boilerplate::Share),       // tr
    ("sozial", Boilerplate::Share),       // de
    ("sociales", Boilerplate::Share),     // es, fr
    ("sociali", Boilerplate::Share),      // it
    // en: newsletter
    ("newsletter", Boilerplate::Newsletter),
    ("subscribe", Boilerplate::Newsletter),
    ("subscription", Boilerplate::Newsletter),
    ("signup", Boilerplate::Newsletter),
    ("mailchimp", Boilerplate::Newsletter),
    // other languages: newsletter
    ("infolettre", Boilerplate::Newsletter),  // fr
    ("abonnement", Boilerplate::Newsletter),  // fr, de, nl
    ("nieuwsbrief", Boilerplate::Newsletter), // nl
    ("boletin", Boilerplate::Newsletter),     // es
    ("suscripcion", Boilerplate::Newsletter), // es
    ("iscrizione", Boilerplate::Newsletter),  // it
    ("assinatura", Boilerplate::Newsletter),  // pt
    ("nyhetsbrev", Boilerplate::Newsletter),  // sv, no
    ("nyhedsbrev", Boilerplate::Newsletter),  // da
    ("uutiskirje", Boilerplate::Newsletter),  // fi
    ("biuletyn", Boilerplate::Newsletter),    // pl
    ("bulten", Boilerplate::Newsletter),      // tr
    ("rassylka", Boilerplate::Newsletter),    // ru (translit)
    // cookies and consent
    ("cookie", Boilerplate::Cookies),
    ("cookies", Boilerplate::Cookies),
    ("consent", Boilerplate::Cookies),
    ("gdpr", Boilerplate::Cookies),
    // Not "cmp": Adobe Experience Manager prefixes every component with it
    // ("cmp-text", "cmp-container"); consent tools name themselves with
    // cookie or consent words as well.
    ("rgpd", Boilerplate::Cookies),        // fr, es, pt
    ("dsgvo", Boilerplate::Cookies),       // de
    ("datenschutz", Boilerplate::Cookies), // de
    // bylines, author boxes, post metadata
    ("byline", Boilerplate::Byline),
    ("authorbox", Boilerplate::Byline),
    ("authorbio", Boilerplate::Byline),
    ("aboutauthor", Boilerplate::Byline),
    ("bio", Boilerplate::Byline),
    // A forum post's signature: its author's sign-off, no word of the post.
    ("signature", Boilerplate::Byline),
    // FluxBB's ("postsignature"), one word: a thread's sign-offs (wcxb-dev
    // half A: 11 of them kept on one thread, none in its gold).
    ("postsignature", Boilerplate::Byline),
    ("postmeta", Boilerplate::Byline),
    ("entrymeta", Boilerplate::Byline),
    ("articlemeta", Boilerplate::Byline),
    ("postinfo", Boilerplate::Byline),
    ("entryinfo", Boilerplate::Byline),
    ("articleinfo", Boilerplate::Byline),
    ("auteur", Boilerplate::Byline),     // fr, nl
    ("autor", Boilerplate::Byline),      // de, es, pt, pl, cs
    ("autore", Boilerplate::Byline),     // it
    ("autori", Boilerplate::Byline),     // it, ro
    ("forfatter", Boilerplate::Byline),  // da, no
    ("forfattare", Boilerplate::Byline), // sv
    ("yazar", Boilerplate::Byline),      // tr
    // decks and standfirsts above the body
    ("standfirst", Boilerplate::Byline),
    // Not "subtitle" or "subheadline": a dek or a section's subtitle is
    // text, however often a byline sits beside it.
    ("sommario", Boilerplate::Byline),   // it
    ("chapeau", Boilerplate::Byline),    // fr
    ("entradilla", Boilerplate::Byline), // es
    // tags and categories
    ("tags", Boilerplate::Tags),
    ("tagcloud", Boilerplate::Tags),
    ("taglist", Boilerplate::Tags),
    ("categories", Boilerplate::Tags),
    ("schlagworte", Boilerplate::Tags),   // de
    ("schlagwoerter", Boilerplate::Tags), // de
    ("etiquetas", Boilerplate::Tags),     // es, pt
    ("etichette", Boilerplate::Tags),     // it
    ("motscles", Boilerplate::Tags),      // fr
    ("trefwoorden", Boilerplate::Tags),   // nl
    ("tagi", Boilerplate::Tags),          // pl
    ("etiketler", Boilerplate::Tags),     // tr
    // navigation: menus, breadcrumbs, pagination
    ("breadcrumb", Boilerplate::Navigation),
    ("breadcrumbs", Boilerplate::Navigation),
    ("pagination", Boilerplate::Navigation),
    ("pager", Boilerplate::Navigation),
    ("nav", Boilerplate::Navigation),
    ("navbar", Boilerplate::Navigation),
    ("navigation", Boilerplate::Navigation),
    ("menu", Boilerplate::Navigation),
    ("skip", Boilerplate::Navigation),
    ("brotkrumen", Boilerplate::Navigation),           // de
    ("brotkrumennavigation", Boilerplate::Navigation), // de
    ("ariane", Boilerplate::Navigation),               // fr (fil d'Ariane)
    ("migas", Boilerplate::Navigation),                // es (migas de pan)
    ("kruimelpad", Boilerplate::Navigation),           // nl
    ("okruszki", Boilerplate::Navigation),             // pl
    ("sayfalama", Boilerplate::Navigation),            // tr
    // advertising
    ("ad", Boilerplate::Ads),
    ("ads", Boilerplate::Ads),
    ("adsense", Boilerplate::Ads),
    ("advert", Boilerplate::Ads),
    ("advertisement", Boilerplate::Ads),
    ("advertising", Boilerplate::Ads),
    ("sponsor", Boilerplate::Ads),
    ("sponsored", Boilerplate::Ads),
    ("promo", Boilerplate::Ads),
    ("dfp", Boilerplate::Ads),
    ("anzeige", Boilerplate::Ads),     // de
    ("werbung", Boilerplate::Ads),     // de
    ("publicite", Boilerplate::Ads),   // fr
    ("pub", Boilerplate::Ads),         // fr
    ("publicidad", Boilerplate::Ads),  // es
    ("publicidade", Boilerplate::Ads), // pt
    ("pubblicita", Boilerplate::Ads),  // it
    ("reclame", Boilerplate::Ads),     // nl
    ("advertentie", Boilerplate::Ads), // nl
    ("reklama", Boilerplate::Ads),     // pl, cs, ru (translit)
    ("reklam", Boilerplate::Ads),      // tr, sv
    ("annons", Boilerplate::Ads),      // sv
    ("mainos", Boilerplate::Ads),      // fi
    // page furniture
    ("sidebar", Boilerplate::Layout),
    ("widget", Boilerplate::Layout),
    ("footer", Boilerplate::Layout),
    ("masthead", Boilerplate::Layout),
    ("popup", Boilerplate::Layout),
    ("modal", Boilerplate::Layout),
    ("banner", Boilerplate::Layout),
    ("toolbar", Boilerplate::Layout),
    ("seitenleiste", Boilerplate::Layout),  // de
    ("barrelaterale", Boilerplate::Layout), // it
    ("pied", Boilerplate::Layout),          // fr (pied de page)
    ("piedepagina", Boilerplate::Layout),   // es
    ("rodape", Boilerplate::Layout),        // pt
    ("fusszeile", Boilerplate::Layout),     // de
    // A wiki's section edit links ("[edit]" after each heading: MediaWiki's
    // `mw-editsection`) and its print-only source line ("Retrieved from
    // …": `printfooter`), in every language the wiki is written in.
    ("editsection", Boilerplate::Layout),
    ("printfooter", Boilerplate::Layout),
    // galleries and slideshows: images, repeated captions, controls
    ("gallery", Boilerplate::Gallery),
    ("slideshow", Boilerplate::Gallery),
    ("carousel", Boilerplate::Gallery),
    ("lightbox", Boilerplate::Gallery),
    ("galerie", Boilerplate::Gallery),  // fr, de
    ("galeria", Boilerplate::Gallery),  // es, pt, pl
    ("galleria", Boilerplate::Gallery), // it
    // text for screen readers only
    ("sronly", Boilerplate::ScreenReader),
    ("screenreader", Boilerplate::ScreenReader),
    ("visuallyhidden", Boilerplate::ScreenReader),
    // photo credits
    ("credit", Boilerplate::Credit),
    ("credits", Boilerplate::Credit),
    ("photocredit", Boilerplate::Credit),
    ("imagecredit", Boilerplate::Credit),
    ("bildquelle", Boilerplate::Credit),   // de
    ("fotonachweis", Boilerplate::Credit), // de
];

/// Words marking an image caption.
pub(crate) static CAPTION_WORDS: &[&str] = &[
    "caption",
    "captions",
    "figcaption",
    "legende",          // fr, de
    "didascalia",       // it
    "bildunterschrift", // de
    "bildtext",         // sv, de
    "piedefoto",        // es
    "pie",              // es (pie de foto)
    "legenda",          // pt, pl, it
    "onderschrift",     // nl
    "podpis",           // pl, cs
    "kuvateksti",       // fi
    "altyazi",          // tr
];

/// Words (class/id, singular) naming one user comment: an element whose
/// class ends with one of them, alone or followed by an item word
/// ([`COMMENT_ITEM_SUFFIXES`]), is one comment.
pub(crate) static COMMENT_WORDS: &[&str] = &[
    "comment",
    "commentaire", // fr
    "kommentar",   // de, sv, no, da
    "comentario",  // es
    "comentariu",  // ro
    "commento",    // it
    "komentarz",   // pl
    "komentar",    // cs, sk, hr, sl, id
    "komentaar",   // et
    "reactie",     // nl
    "kommentti",   // fi
    "yorum",       // tr
    "hozzaszolas", // hu
    "binhluan",    // vi
    "reply",
];

/// Words after a comment word that still name one comment ("comment-item").
pub(crate) static COMMENT_ITEM_SUFFIXES: &[&str] = &[
    "item",
    "entry",
    "wrap",
    "wrapper",
    "container",
    "box",
    "node",
    "single",
];

/// Words naming the element that holds a commenter's name.
pub(crate) static COMMENT_AUTHOR_WORDS: &[&str] = &[
    "author",
    "commenter",
    "username",
    "user",
    "nickname",
    "nick",
    "who",
    "autor",   // de, es, pl, pt, cs
    "autore",  // it
    "auteur",  // fr
    "auteurs", // fr
    "yazar",   // tr
    "avtor",   // sl, ru (transliterated)
];

/// Words naming the element that holds a comment's words.
pub(crate) static COMMENT_TEXT_WORDS: &[&str] = &[
    "content", "text", "txt", "body", "message", "msg", "entry", "testo",  // it
    "texto",  // es, pt
    "texte",  // fr
    "tekst",  // pl, nl, no
    "tresc",  // pl
    "inhalt", // de
    "metin",  // tr
];

/// Words naming a comment's furniture: dates, controls, avatars, votes.
pub(crate) static COMMENT_META_WORDS: &[&str] = &[
    "meta",
    "metadata",
    "date",
    "time",
    "when",
    "data",  // it, pt, pl: date
    "datum", // de, nl, sv
    "fecha", // es
    "tarih", // tr
    "reply",
    "actions",
    "action",
    "vote",
    "votes",
    "like",
    "likes",
    "avatar",
    "permalink",
    "edit",
    "report",
    "footer",
    "toolbar",
    "controls",
    "rating",
];

/// A furniture word glued to the box word before it: that box's own part
/// ("card-footer", "CustomerCardFooter", "card-header": a card's title bar
/// or its quote and link), not the page's header or footer. Page builders
/// and CSS kits name cards so in any language.
pub(crate) static CARD_PART_WORDS: &[&str] = &["cardfooter", "cardheader", "cardhead", "cardfoot"];

/// Words beside a comment word that name a control, not a comment
/// ("comment-form", "add-comment", "scrivi-commento").
pub(crate) static COMMENT_ACTION_WORDS: &[&str] = &[
    "form",
    "write",
    "add",
    "new",
    "post",
    "leave",
    "login",
    "count",
    "link",
    "button",
    "scrivi",    // it
    "lascia",    // it
    "aggiungi",  // it
    "escribir",  // es
    "deja",      // es
    "agregar",   // es
    "ecrire",    // fr
    "laisser",   // fr
    "ajouter",   // fr
    "schreiben", // de
    "neuer",     // de
    "dodaj",     // pl
    "napisz",    // pl
    "skriv",     // sv, no, da
    "schrijf",   // nl
    "plaats",    // nl
    "escrever",  // pt
    "deixe",     // pt
    "yaz",       // tr
];
