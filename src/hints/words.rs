//! Class and id words that name page furniture, in the languages themes and
//! CMSs are written in. Data only: lowercase ASCII (class names rarely carry
//! accents: "publicite", "pubblicita"), one word each; `hints` splits class
//! values into words (on punctuation and camelCase) and also tries each word
//! glued to the one before ("related" + "posts").

use super::Hint;

/// Words marking boilerplate sections.
pub(crate) static CLASS_WORDS: &[(&str, Hint)] = &[
    // en: comments
    ("comment", Hint::Comments),
    ("comments", Hint::Comments),
    ("commentlist", Hint::Comments),
    ("commentform", Hint::Comments),
    ("respond", Hint::Comments),
    ("replies", Hint::Comments),
    ("disqus", Hint::Comments),
    ("discussion", Hint::Comments),
    // other languages: comments
    ("commentaires", Hint::Comments),  // fr
    ("kommentare", Hint::Comments),    // de
    ("kommentar", Hint::Comments),     // de, sv, da, no
    ("comentarios", Hint::Comments),   // es, pt
    ("comentarii", Hint::Comments),    // ro
    ("commenti", Hint::Comments),      // it
    ("reacties", Hint::Comments),      // nl
    ("komentarze", Hint::Comments),    // pl
    ("komentare", Hint::Comments),     // cs, sk
    ("kommentarer", Hint::Comments),   // sv, da, no
    ("kommentit", Hint::Comments),     // fi
    ("hozzaszolasok", Hint::Comments), // hu
    ("yorumlar", Hint::Comments),      // tr
    ("kommentarii", Hint::Comments),   // ru (translit)
    // en: related
    ("related", Hint::Related),
    ("relatedposts", Hint::Related),
    ("recommended", Hint::Related),
    ("recommendations", Hint::Related),
    ("popular", Hint::Related),
    ("trending", Hint::Related),
    ("outbrain", Hint::Related),
    ("taboola", Hint::Related),
    ("morestories", Hint::Related),
    ("seealso", Hint::Related),
    // other languages: related
    ("similaires", Hint::Related),   // fr
    ("connexes", Hint::Related),     // fr
    ("aehnliche", Hint::Related),    // de
    ("verwandte", Hint::Related),    // de
    ("relacionados", Hint::Related), // es, pt
    ("relacionadas", Hint::Related), // es, pt
    ("correlati", Hint::Related),    // it
    ("correlate", Hint::Related),    // it
    ("gerelateerd", Hint::Related),  // nl
    ("powiazane", Hint::Related),    // pl
    ("podobne", Hint::Related),      // pl, cs
    ("souvisejici", Hint::Related),  // cs
    ("relaterade", Hint::Related),   // sv
    ("relaterede", Hint::Related),   // da
    ("ilgili", Hint::Related),       // tr
    ("benzer", Hint::Related),       // tr
    // en: share
    ("share", Hint::Share),
    ("shares", Hint::Share),
    ("sharing", Hint::Share),
    ("sharedaddy", Hint::Share),
    ("sharethis", Hint::Share),
    ("addthis", Hint::Share),
    ("social", Hint::Share),
    ("likes", Hint::Share),
    // other languages: share
    ("partage", Hint::Share),      // fr
    ("partager", Hint::Share),     // fr
    ("teilen", Hint::Share),       // de
    ("compartir", Hint::Share),    // es
    ("compartilhar", Hint::Share), // pt
    ("condividi", Hint::Share),    // it
    ("delen", Hint::Share),        // nl
    ("udostepnij", Hint::Share),   // pl
    ("sdilet", Hint::Share),       // cs
    ("dela", Hint::Share),         // sv
    ("paylas", Hint::Share),       // tr
    ("sozial", Hint::Share),       // de
    ("sociales", Hint::Share),     // es, fr
    ("sociali", Hint::Share),      // it
    // en: newsletter
    ("newsletter", Hint::Newsletter),
    ("subscribe", Hint::Newsletter),
    ("subscription", Hint::Newsletter),
    ("signup", Hint::Newsletter),
    ("mailchimp", Hint::Newsletter),
    // other languages: newsletter
    ("infolettre", Hint::Newsletter),  // fr
    ("abonnement", Hint::Newsletter),  // fr, de, nl
    ("nieuwsbrief", Hint::Newsletter), // nl
    ("boletin", Hint::Newsletter),     // es
    ("suscripcion", Hint::Newsletter), // es
    ("iscrizione", Hint::Newsletter),  // it
    ("assinatura", Hint::Newsletter),  // pt
    ("nyhetsbrev", Hint::Newsletter),  // sv, no
    ("nyhedsbrev", Hint::Newsletter),  // da
    ("uutiskirje", Hint::Newsletter),  // fi
    ("biuletyn", Hint::Newsletter),    // pl
    ("bulten", Hint::Newsletter),      // tr
    ("rassylka", Hint::Newsletter),    // ru (translit)
    // cookies and consent
    ("cookie", Hint::Cookies),
    ("cookies", Hint::Cookies),
    ("consent", Hint::Cookies),
    ("gdpr", Hint::Cookies),
    // Not "cmp": Adobe Experience Manager prefixes every component with it
    // ("cmp-text", "cmp-container"); consent tools name themselves with
    // cookie or consent words as well.
    ("rgpd", Hint::Cookies),        // fr, es, pt
    ("dsgvo", Hint::Cookies),       // de
    ("datenschutz", Hint::Cookies), // de
    // bylines, author boxes, post metadata
    ("byline", Hint::Byline),
    ("authorbox", Hint::Byline),
    ("authorbio", Hint::Byline),
    ("aboutauthor", Hint::Byline),
    ("bio", Hint::Byline),
    ("postmeta", Hint::Byline),
    ("entrymeta", Hint::Byline),
    ("articlemeta", Hint::Byline),
    ("postinfo", Hint::Byline),
    ("entryinfo", Hint::Byline),
    ("articleinfo", Hint::Byline),
    ("auteur", Hint::Byline),     // fr, nl
    ("autor", Hint::Byline),      // de, es, pt, pl, cs
    ("autore", Hint::Byline),     // it
    ("autori", Hint::Byline),     // it, ro
    ("forfatter", Hint::Byline),  // da, no
    ("forfattare", Hint::Byline), // sv
    ("yazar", Hint::Byline),      // tr
    // decks and standfirsts above the body
    ("standfirst", Hint::Byline),
    // Not "subtitle" or "subheadline": a dek or a section's subtitle is
    // text, however often a byline sits beside it.
    ("sommario", Hint::Byline),   // it
    ("chapeau", Hint::Byline),    // fr
    ("entradilla", Hint::Byline), // es
    // tags and categories
    ("tags", Hint::Tags),
    ("tagcloud", Hint::Tags),
    ("taglist", Hint::Tags),
    ("categories", Hint::Tags),
    ("schlagworte", Hint::Tags),   // de
    ("schlagwoerter", Hint::Tags), // de
    ("etiquetas", Hint::Tags),     // es, pt
    ("etichette", Hint::Tags),     // it
    ("motscles", Hint::Tags),      // fr
    ("trefwoorden", Hint::Tags),   // nl
    ("tagi", Hint::Tags),          // pl
    ("etiketler", Hint::Tags),     // tr
    // navigation: menus, breadcrumbs, pagination
    ("breadcrumb", Hint::Navigation),
    ("breadcrumbs", Hint::Navigation),
    ("pagination", Hint::Navigation),
    ("pager", Hint::Navigation),
    ("nav", Hint::Navigation),
    ("navbar", Hint::Navigation),
    ("navigation", Hint::Navigation),
    ("menu", Hint::Navigation),
    ("skip", Hint::Navigation),
    ("brotkrumen", Hint::Navigation),           // de
    ("brotkrumennavigation", Hint::Navigation), // de
    ("ariane", Hint::Navigation),               // fr (fil d'Ariane)
    ("migas", Hint::Navigation),                // es (migas de pan)
    ("kruimelpad", Hint::Navigation),           // nl
    ("okruszki", Hint::Navigation),             // pl
    ("sayfalama", Hint::Navigation),            // tr
    // advertising
    ("ad", Hint::Ads),
    ("ads", Hint::Ads),
    ("adsense", Hint::Ads),
    ("advert", Hint::Ads),
    ("advertisement", Hint::Ads),
    ("advertising", Hint::Ads),
    ("sponsor", Hint::Ads),
    ("sponsored", Hint::Ads),
    ("promo", Hint::Ads),
    ("dfp", Hint::Ads),
    ("anzeige", Hint::Ads),     // de
    ("werbung", Hint::Ads),     // de
    ("publicite", Hint::Ads),   // fr
    ("pub", Hint::Ads),         // fr
    ("publicidad", Hint::Ads),  // es
    ("publicidade", Hint::Ads), // pt
    ("pubblicita", Hint::Ads),  // it
    ("reclame", Hint::Ads),     // nl
    ("advertentie", Hint::Ads), // nl
    ("reklama", Hint::Ads),     // pl, cs, ru (translit)
    ("reklam", Hint::Ads),      // tr, sv
    ("annons", Hint::Ads),      // sv
    ("mainos", Hint::Ads),      // fi
    // page furniture
    ("sidebar", Hint::Layout),
    ("widget", Hint::Layout),
    ("footer", Hint::Layout),
    ("masthead", Hint::Layout),
    ("popup", Hint::Layout),
    ("modal", Hint::Layout),
    ("banner", Hint::Layout),
    ("toolbar", Hint::Layout),
    ("seitenleiste", Hint::Layout),  // de
    ("barrelaterale", Hint::Layout), // it
    ("pied", Hint::Layout),          // fr (pied de page)
    ("piedepagina", Hint::Layout),   // es
    ("rodape", Hint::Layout),        // pt
    ("fusszeile", Hint::Layout),     // de
    // galleries and slideshows: images, repeated captions, controls
    ("gallery", Hint::Gallery),
    ("slideshow", Hint::Gallery),
    ("carousel", Hint::Gallery),
    ("lightbox", Hint::Gallery),
    ("galerie", Hint::Gallery),  // fr, de
    ("galeria", Hint::Gallery),  // es, pt, pl
    ("galleria", Hint::Gallery), // it
    // text for screen readers only
    ("sronly", Hint::ScreenReader),
    ("screenreader", Hint::ScreenReader),
    ("visuallyhidden", Hint::ScreenReader),
    // photo credits
    ("credit", Hint::Credit),
    ("credits", Hint::Credit),
    ("photocredit", Hint::Credit),
    ("imagecredit", Hint::Credit),
    ("bildquelle", Hint::Credit),   // de
    ("fotonachweis", Hint::Credit), // de
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
