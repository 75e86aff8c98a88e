use super::*;

fn n(s: &str) -> Vec<String> {
    names(&[s.to_owned()]).0
}

/// The label and phrase tests that read words before lowercasing say
/// what lowercasing the whole text first says, on ASCII and on text
/// whose lowercase changes length or reads context (final sigma).
#[test]
fn label_and_phrase_tests_match_lowercasing_first() {
    let ends = |text: &str| {
        let lower = text.trim().trim_end_matches(':').trim_end().to_lowercase();
        lower.split_whitespace().count() <= LABEL_PHRASE_WORDS
            && lower
                .split_whitespace()
                .last()
                .is_some_and(|w| WORDS.phrase_last.contains(w))
            && WORDS.phrases.iter().any(|p| {
                lower
                    .strip_suffix(p)
                    .is_some_and(|head| head.is_empty() || head.ends_with(' '))
            })
    };
    let label = |text: &str| {
        let lower = text.trim().trim_end_matches(':').trim_end().to_lowercase();
        WORDS.label.iter().any(|l| lower == *l)
    };
    let mut texts: Vec<String> = WORDS
        .label
        .iter()
        .chain(&WORDS.phrases)
        .flat_map(|w| {
            [
                (*w).to_owned(),
                w.to_uppercase(),
                format!(" {}: ", w.to_uppercase()),
                format!("Article {w}"),
                format!("One two three four {w}"),
                format!("{w} Ann Lee"),
                format!("\u{130}{w}"),
                format!("{w}\u{212a}"),
            ]
        })
        .collect();
    for t in [
        "",
        " ",
        ":",
        "ΟΔΟΣ ΣΑΣ",
        "\u{212a}",
        "AUTHORS",
        "Autor:",
        "x".repeat(40).as_str(),
    ] {
        texts.push(t.to_owned());
    }
    for t in &texts {
        assert_eq!(ends_byline_phrase(t), ends(t), "{t:?}");
        assert_eq!(is_author_label(t), label(t), "{t:?}");
        let first = t.split_whitespace().next().unwrap_or_default();
        assert_eq!(
            lower_word_in(first, &WORDS.phrase_first),
            WORDS.phrase_first.contains(first.to_lowercase().as_str()),
            "{t:?}"
        );
    }
}

#[test]
fn bylines_become_names() {
    assert_eq!(
        n("By MEG KINNARD and ERRIN HAINES, Associated Press"),
        ["Meg Kinnard", "Errin Haines"]
    );
    assert_eq!(
        n("by Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min read"),
        ["Bryan DeArdo"]
    );
    assert_eq!(
        n("Par Jeanne Martin et Paul Durand"),
        ["Jeanne Martin", "Paul Durand"]
    );
    assert_eq!(
        n("Von Anna Schmidt und Jonas Weber"),
        ["Anna Schmidt", "Jonas Weber"]
    );
    assert_eq!(
        n("Por María López y Juan Pérez"),
        ["María López", "Juan Pérez"]
    );
    assert_eq!(n("Jane Doe, Staff Writer"), ["Jane Doe"]);
    assert_eq!(n("jane@example.org"), Vec::<String>::new());
    assert_eq!(n("Reuters"), ["Reuters"]);
    assert_eq!(n("Ann Lee & Bo Chen"), ["Ann Lee", "Bo Chen"]);
    assert_eq!(n("BySummer Swann"), ["Summer Swann"]);
    assert_eq!(n("Byron Hale"), ["Byron Hale"]);
    assert_eq!(
        n("Dylan Bailey, MS, RD, FAND"),
        ["Dylan Bailey, MS, RD, FAND"]
    );
    assert_eq!(
        n("David Jackson - FullStack Editorial Team"),
        ["David Jackson"]
    );
}

#[test]
fn reading_times_end_a_name() {
    assert_eq!(n("Ann Lee 10mins read"), ["Ann Lee"]);
    assert_eq!(n("10mins read"), Vec::<String>::new());
    assert_eq!(n("Par Jeanne Martin 5 min de lecture"), ["Jeanne Martin"]);
    assert_eq!(n("Von Anna Schmidt 4 Min. Lesezeit"), ["Anna Schmidt"]);
    assert_eq!(n("Por María López 3 minutos de lectura"), ["María López"]);
    // Not inside a word.
    assert_eq!(n("Jasmin Reads"), ["Jasmin Reads"]);
}

#[test]
fn a_reviewer_is_no_author() {
    assert_eq!(
        n("By Shelby Lane, DVM. Reviewed by Molly Brand, DVM"),
        ["Shelby Lane, DVM"]
    );
    assert_eq!(
        n("Par Jeanne Martin, relu par Paul Roux"),
        ["Jeanne Martin"]
    );
    assert_eq!(
        n("Von Anna Schmidt, geprüft von Max Roth"),
        ["Anna Schmidt"]
    );
    assert_eq!(n("Por María López. Revisado por Ana Ruiz"), ["María López"]);
    assert_eq!(n("Reviewed by Molly Brand"), Vec::<String>::new());
}

#[test]
fn job_titles_end_a_name() {
    assert_eq!(
        n("Meghan Neville Content Marketing Coordinator"),
        ["Meghan Neville"]
    );
    assert_eq!(n("Ana Ruiz Directora"), ["Ana Ruiz"]);
    assert_eq!(n("Paul Durand Rédacteur"), ["Paul Durand"]);
    // "Head of …" and its equivalents open a job title too.
    assert_eq!(n("Shivkumar M Head Product Launches"), ["Shivkumar M"]);
    assert_eq!(n("Matt Check Head Winemaker"), ["Matt Check"]);
    assert_eq!(n("Jonas Weber Leiter Redaktion"), ["Jonas Weber"]);
    // A modifier with no role word after it is a name's own word.
    assert_eq!(n("Top Growth Marketing"), ["Top Growth Marketing"]);
}

#[test]
fn more_articles_by_names_the_author() {
    assert!(opens_byline_phrase("All articles by Elliot Raba"));
    assert!(opens_byline_phrase("Weitere Artikel von Anna Schmidt"));
    assert!(opens_byline_phrase("Tous les articles de Jeanne Martin"));
    assert_eq!(n("All articles by Elliot Raba"), ["Elliot Raba"]);
    assert!(opens_byline_phrase("Find More Posts by microfast"));
    assert_eq!(n("Find More Posts by microfast"), ["microfast"]);
    assert_eq!(n("Más artículos de María López"), ["María López"]);
}

#[test]
fn capitals_beside_a_name_are_its_credentials_and_alone_are_the_name() {
    assert_eq!(n("Ann Lee, MS, RD"), ["Ann Lee, MS, RD"]);
    assert_eq!(n("Par Ana Ruiz, MD"), ["Ana Ruiz, MD"]);
    assert_eq!(n("Von Jonas Weber, FACP"), ["Jonas Weber, FACP"]);
    assert_eq!(n("Door Eva de Vries, Ph.D."), ["Eva de Vries, Ph.D"]);
    assert_eq!(
        n("Di Marco Rossi, PhD e Anna Bianchi"),
        ["Marco Rossi, PhD", "Anna Bianchi"]
    );
    // A role is no credential ("Staff Writer" is cut, not kept), nor
    // are capitals alone after a name (as often an organisation's).
    assert_eq!(n("Ann Lee, Staff Writer"), ["Ann Lee"]);
    assert_eq!(n("Ann Lee, Co-Founder"), ["Ann Lee"]);
    assert_eq!(n("Clara Díaz, EFE"), ["Clara Díaz"]);
    // Capitals beside a listed credential are credentials too.
    assert_eq!(n("Ana Souza, RN, CCRN"), ["Ana Souza, RN, CCRN"]);
    // Given apart (a `<meta name=author>` split at its commas).
    let apart = names(&["Ann Lee".to_owned(), "FACP".to_owned()]).0;
    assert_eq!(apart, ["Ann Lee"]);
    // One source with the credentials, one without: one person.
    let both = names(&["Ann Lee".to_owned(), "Ann Lee, MD".to_owned()]).0;
    assert_eq!(both, ["Ann Lee, MD"]);
    // A handle or initials, and an acronym, as written.
    assert_eq!(n("JGD"), ["JGD"]);
    assert_eq!(n("By WRAL"), ["WRAL"]);
    assert_eq!(n("Por JGD"), ["JGD"]);
    assert_eq!(n("By MEG KINNARD"), ["Meg Kinnard"]);
}

#[test]
fn credentials() {
    assert!(is_credential("PhD"));
    assert!(is_credential("MD, FACP"));
    assert!(is_credential("Staff Writer"));
    assert!(!is_credential("Jennifer"));
    assert!(!is_credential("Jeff T."));
}

#[test]
fn labels_ending_with_a_byline_phrase() {
    for label in [
        "Article written by:",
        "This post was written by",
        "Article écrit par :",
        "Dieser Beitrag wurde geschrieben von",
        "Artículo escrito por:",
        "Articolo scritto da",
    ] {
        assert!(ends_byline_phrase(label), "{label}");
    }
    // A sentence, a bare "by" (a sponsor, a tool), or a phrase with
    // the name already in it are no such labels.
    for text in [
        "This long article about the city council was written by",
        "Powered by",
        "Written by Ann Lee",
    ] {
        assert!(!ends_byline_phrase(text), "{text}");
    }
}

#[test]
fn a_credential_in_capitals_keeps_its_letters() {
    // "DABOM" is no "da" (Portuguese "by") glued to "BOM".
    assert_eq!(
        n("Doris Munoz-Mantilla, MD, FOMA, DABOM"),
        ["Doris Munoz-Mantilla, MD, FOMA, DABOM"]
    );
    // A byline word glued to its name still goes.
    assert_eq!(n("ByAnn Lee"), ["Ann Lee"]);
}

#[test]
fn tidy_names() {
    assert!(tidy("Brian Truitt"));
    assert!(tidy("María López"));
    assert!(!tidy("SupermoveLast update"));
    assert!(!tidy("ServiceTitanNovember 26th"));
    assert!(!tidy("Brian"));
    assert!(!tidy("Ann Lee Bo Chen Joe Doe"));
}

#[test]
fn what_follows_a_name_is_cut() {
    assert_eq!(n("BeauHD on Friday December 19, 2025"), ["BeauHD"]);
    assert_eq!(n("latawiec Member Joined"), ["latawiec"]);
    assert_eq!(n("Keith Barry Senior Autos Reporter"), ["Keith Barry"]);
    assert_eq!(n("Zackery Cuevas Writer"), ["Zackery Cuevas"]);
    assert_eq!(n("Harry RabinowitzTech Reporter"), ["Harry Rabinowitz"]);
    assert_eq!(n("Mateusz HabernyFounder at Oakywood"), ["Mateusz Haberny"]);
    // A capital in the last word, a role after it or nothing.
    assert_eq!(n("Jane DoughertyEditor"), ["Jane Dougherty"]);
    assert_eq!(n("Mark SubbaRao"), ["Mark SubbaRao"]);
    assert_eq!(n("Ronald McDonald"), ["Ronald McDonald"]);
    assert_eq!(n("Bryan DeArdo"), ["Bryan DeArdo"]);
    assert_eq!(
        n("Outer Armatonisdaristan » Tue Aug 27, 2019"),
        ["Outer Armatonisdaristan"]
    );
    assert_eq!(n("Text by Hunter Dukes"), ["Hunter Dukes"]);
    assert_eq!(n("Post by galitsyn » 17. Sep 2024"), ["galitsyn"]);
    assert_eq!(n("Authored by: Ehsan Jazini"), ["Ehsan Jazini"]);
    assert_eq!(n("Von Anna Schmidt am Montag"), ["Anna Schmidt"]);
    // A weekday alone is no name; a name with a role word after its
    // second word keeps its first two.
    assert_eq!(n("Sat"), Vec::<String>::new());
    assert_eq!(n("raoul (raoul"), ["raoul"]);
    assert_eq!(n("Paramita (Guha) Ghosh"), ["Paramita (Guha) Ghosh"]);
    assert_eq!(n("Ursula Le Guin"), ["Ursula Le Guin"]);
    assert_eq!(n("Mary Ann Evans"), ["Mary Ann Evans"]);
    assert_eq!(n("The Diggs Team"), ["The Diggs Team"]);
    assert_eq!(n("lulug30"), ["lulug30"]);
    assert_eq!(n("Ann Lee 12:30"), Vec::<String>::new());
    assert_eq!(n("2025Julian K. Arni"), Vec::<String>::new());
    assert_eq!(n("Yucy3/4/2025"), Vec::<String>::new());
    assert_eq!(n("Lee12Dec"), Vec::<String>::new());
    // A handle's one digit between words is no date glued to it.
    assert_eq!(n("Need2KnowLion"), ["Need2KnowLion"]);
    assert_eq!(n("3i Global"), ["3i Global"]);
    // An avatar's initial beside the name goes; another initial stays.
    assert_eq!(n("JosephF J"), ["JosephF"]);
    assert_eq!(n("xJewishNinjax X"), ["xJewishNinjax"]);
    assert_eq!(n("S sean_g"), ["sean_g"]);
    assert_eq!(n("J JosephF"), ["JosephF"]);
    assert_eq!(n("Harry S"), ["Harry S"]);
}

#[test]
fn byline_phrases() {
    assert!(opens_byline_phrase("Written by John Crenshaw"));
    assert!(opens_byline_phrase("Article by"));
    assert!(!opens_byline_phrase("By the sea"));
    assert!(!opens_byline_phrase("Writtenby"));
}

#[test]
fn a_contributors_label_with_its_colon_opens_a_byline() {
    assert_eq!(n("Contributors: Janet Loughrey"), ["Janet Loughrey"]);
    assert_eq!(n("Contributeur : Luc Martin"), ["Luc Martin"]);
    assert_eq!(n("Colaboradora: Ana Ruiz"), ["Ana Ruiz"]);
    assert!(opens_byline("Mitwirkende:"));
    // Without the colon, the words are a name of their own.
    assert!(!opens_byline("Contributors to Wikimedia projects"));
    assert_ne!(
        n("Contributors to Wikimedia projects"),
        ["to Wikimedia projects"]
    );
}

#[test]
fn a_byline_may_open_with_its_date() {
    assert_eq!(n("Dec. 19, 2025 · Niko Matsakis"), ["Niko Matsakis"]);
    assert_eq!(n("12 March 2024 | By Ann Lee"), ["Ann Lee"]);
    assert_eq!(n("Ann Lee | 2 min read"), ["Ann Lee"]);
}

#[test]
fn placeholders_are_no_names() {
    assert_eq!(n("page.head.extra.author"), Vec::<String>::new());
    assert_eq!(n("{{ author.name }}"), Vec::<String>::new());
    assert_eq!(n("J.R.R. Tolkien"), ["J.R.R. Tolkien"]);
    assert_eq!(n("sara.r.peter"), ["sara.r.peter"]);
}
