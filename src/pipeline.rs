//! The stages in order: decode → parse → meta → prune → segment → score → select →
//! render. Each stage takes the previous one's output; the DOM is dropped
//! here, after everything returned has been copied out of it.

use crate::article::{Article, BlockReport};
use crate::dom::Dom;
use crate::pagetype::PageType;
use crate::parse::{parse, ParseLimits};
use crate::prune::{prune_with, Cut, Pruned, Relax};
use crate::score::Scores;
use crate::segment::Block;
use crate::select::Verdicts;
use crate::{meta, render, score, segment, select, Error, Extractor, Options, PageInfo};

/// Runs the whole pipeline on one page.
pub(crate) fn run(html: &str, options: &Options) -> Result<Article, Error> {
    if html.len() > options.max_input_bytes {
        return Err(Error::InputTooLarge {
            len: html.len(),
            max: options.max_input_bytes,
        });
    }
    run_decoded(html, options)
}

/// Runs the pipeline on text whose size was already checked (as bytes,
/// before decoding: a limit applies to the input as given, and decoding
/// may lengthen it, each invalid byte becoming a three-byte U+FFFD).
pub(crate) fn run_decoded(html: &str, options: &Options) -> Result<Article, Error> {
    if let Some(reason) = crate::sniff::magic(html.as_bytes()) {
        return Err(Error::NotHtml { reason });
    }
    let dom = parse(html, &limits(options));
    let analysis = analyse(&dom, options);
    Ok(finish(&dom, analysis, options))
}

/// The parse limits of `options`.
pub(crate) fn limits(options: &Options) -> ParseLimits {
    ParseLimits {
        max_depth: options.max_depth,
        max_elements: options.max_elements,
        max_attributes: options.max_attributes,
        max_attribute_len: options.max_attribute_len,
    }
}

/// What the stages between parsing and rendering found.
pub(crate) struct Analysis {
    pub(crate) meta: meta::Marks,
    pub(crate) page: meta::PageMeta,
    pub(crate) pruned: Pruned,
    pub(crate) blocks: Vec<Block>,
    pub(crate) scores: Scores,
    pub(crate) verdicts: Verdicts,
    pub(crate) page_type: crate::PageType,
}

/// Characters the relaxed second pass must keep to be taken: less is a
/// stray label on a page with no main content (wcxb-dev pages whose gold
/// is empty gave 31–50 characters, pages with content hundreds or more).
const RELAXED_MIN_CHARS: usize = 250;
/// The same for the class-word pass on a listing or a collection, whose
/// entries are short lines (a grid of two to four products, names and
/// prices, holds 100 to 250). wcxb-dev half A: collection 0.7436 ->
/// 0.7667 (two shop pages whose furniture pass took a closed shopping
/// bag's text for the page, 0.28 -> 0.96 and 0.09 -> 0.79), 60 alike, 200
/// only the first; half B: one collection 0.56 -> 0.67; no page worse. On
/// every type, 100 lost a service page to a conference banner (half B).
const ENTRIES_RELAXED_MIN_CHARS: usize = 100;

/// meta → prune → segment → score → select → clean (kept blocks normalised).
pub(crate) fn analyse(dom: &Dom, options: &Options) -> Analysis {
    let (meta, page) = meta::read(dom, options.base_url.as_deref());
    // A kind the caller forces is taken as it is: the page is not judged.
    let mut page_type = options.page_type.unwrap_or_else(|| {
        crate::pagetype::classify(
            dom,
            options.base_url.as_deref(),
            page.date.is_some(),
            &meta.class_words,
        )
    });
    #[cfg(feature = "internals")]
    if let Some(forced) = forced_type() {
        page_type = forced;
    }
    let mut protect = meta.body_marks.clone();
    protect.extend(meta.title_node);
    let markdown = (options.markdown || options.html).then(|| segment::MdSettings {
        links: options.links,
        images: options.images,
        base: base_url(dom, options.base_url.as_deref()),
        markdown: options.markdown,
        html: options.html,
    });
    let choose = |relax: Relax, page_type: PageType| {
        let pruned = prune_with(dom, &protect, page_type, relax, page.date.is_some());
        let blocks = segment::segment(dom, &pruned, markdown.clone());
        let scores = score::score(dom, &pruned, &blocks, &meta.body_marks, options.max_depth);
        let verdicts = select::select(
            dom,
            &blocks,
            &scores,
            &meta,
            options.captions,
            page_type,
            page.date.is_some(),
        );
        (pruned, blocks, scores, verdicts)
    };
    let kept = |c: &(Pruned, Vec<Block>, Scores, Verdicts)| -> usize {
        c.1.iter()
            .zip(&c.3)
            .filter(|(_, v)| v.is_none())
            .map(|(b, _)| b.chars)
            .sum()
    };
    // A page the strict pass leaves empty gets a second, relaxed one (its
    // content sat in page furniture); an empty page costs it twice.
    // Favoring recall, pages that are not articles (whose content sits in
    // page furniture more often) get the relaxed pass only: on wcxb-dev it
    // gained recall for as much precision, on news articles it cost
    // precision for no recall.
    let recall = options.favor == crate::favor::Favor::Recall && page_type != PageType::Article;
    let first = if recall { Relax::All } else { Relax::Strict };
    let mut chosen = choose(first, page_type);
    if !recall && chosen.3.iter().all(Option::is_some) {
        // Class words first, then furniture by tag: a page whose entries
        // or text a class word cut keeps its site header, menus and footer
        // cut (wcxb-dev, 16 pages take a second pass: half A listing
        // 0.7133 -> 0.7155, a shop's grid of mowers losing its header's
        // category menu; half B article 0.9554 -> 0.9559, collection
        // 0.6698 -> 0.6700; half A collection 0.7335 -> 0.7327, one
        // shop's grid keeping its stock badges).
        let words = choose(Relax::Words, page_type);
        // A shop's grid of two or four products is short lines alone: the
        // class-word pass that finds it is taken at fewer characters than a
        // stray label's bar, before the furniture pass, whose best box may
        // be a drawer's text (a closed shopping bag's disclaimers).
        let min = if matches!(page_type, PageType::Listing | PageType::Collection) {
            ENTRIES_RELAXED_MIN_CHARS
        } else {
            RELAXED_MIN_CHARS
        };
        let (relaxed, need) = if kept(&words) >= min {
            (words, min)
        } else {
            (choose(Relax::All, page_type), RELAXED_MIN_CHARS)
        };
        if kept(&relaxed) >= need {
            chosen = relaxed;
        } else {
            // A page whose only text is its comments is a discussion: its
            // posts are the content (a thread the classifier missed). One
            // whose only text is links is a listing: its entries are.
            // (The listing pass is strict: page furniture is all links too.)
            // The listing is taken from the entries' bar, as the class-word
            // pass of a listing is: a grid of a few products, names and
            // prices, is short lines alone (wcxb-dev half A: a shop's nine
            // tiles, 190 characters, typed article and left empty).
            // Nothing else on either half moves. A kind the caller forced
            // is still the one reported (see `finish`).
            for (kind, relaxed) in [
                (PageType::Forum, Relax::All),
                (PageType::Listing, Relax::Strict),
            ] {
                if kind == page_type {
                    continue;
                }
                let again = choose(relaxed, kind);
                let need = if kind == PageType::Listing {
                    ENTRIES_RELAXED_MIN_CHARS
                } else {
                    RELAXED_MIN_CHARS
                };
                if kept(&again) >= need {
                    chosen = again;
                    page_type = kind;
                    break;
                }
            }
        }
    }
    let (pruned, mut blocks, scores, mut verdicts) = chosen;
    // A thread left empty (its replies loaded by script) is its opening
    // post's title and link line, when the page holds them.
    if page_type == PageType::Forum {
        select::empty_thread_opener(dom, &blocks, &mut verdicts, meta.title_node);
    }
    if page_type == PageType::Article {
        select::author_bios(&blocks, &mut verdicts, &page.authors);
        select::site_blurb(&blocks, &mut verdicts, page.site_name.as_deref());
        select::dated_teaser_rails(&blocks, &mut verdicts, false);
    }
    // A service page puts its band of blog and news promos ("Insights",
    // "Latest news") among its sections, before the contact box and the
    // testimonials: the rail of dated teasers goes wherever it stands.
    if page_type == PageType::Service {
        select::dated_teaser_rails(&blocks, &mut verdicts, true);
    }
    crate::favor::adjust(&blocks, &mut verdicts, options.favor);
    if !options.tables {
        for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
            if b.kind == crate::segment::Kind::Row {
                *v = Some(crate::select::Reason::TablesOff);
            }
        }
    }
    // A product page's heading whose section all went labelled controls.
    if page_type == PageType::Product {
        select::control_headings(dom, &pruned, &blocks, &mut verdicts);
    }
    // Last, once every rule has had its say: a heading left closing the
    // text has nothing under it.
    select::empty_headings(&blocks, &mut verdicts);
    for (b, v) in blocks.iter_mut().zip(&verdicts) {
        if v.is_none() {
            select::strip_spoken_labels(b, page_type);
            let pre = b.kind == crate::segment::Kind::Pre;
            if let Some(t) = crate::clean::normalize_block(&b.text, pre) {
                b.text = t;
            }
            if let Some(m) = b.markup.as_mut() {
                if let Some(t) = crate::clean::normalize_block(&m.md, pre) {
                    m.md = t;
                }
                if let Some(t) = crate::clean::normalize_block(&m.html, pre) {
                    m.html = t;
                }
            }
        }
    }
    Analysis {
        meta,
        page,
        pruned,
        blocks,
        scores,
        verdicts,
        page_type,
    }
}

/// The extraction type `DECRUFT_FORCE_TYPE` names (a page type's lowercase
/// name), for the developer tools that run every page under each type.
#[cfg(feature = "internals")]
fn forced_type() -> Option<PageType> {
    PageType::from_name(&std::env::var("DECRUFT_FORCE_TYPE").ok()?)
}

/// A product page's body may be rendered by script from data the HTML
/// holds only in its structured data: when its kept text (characters) is
/// shorter than the JSON-LD description, that description is the product's
/// text the page shows (wcxb-dev half A: a page keeping 8 words declares 42
/// of the gold's). The other descriptions (`og:description`, `<meta>`) are
/// often a shop's blurb on pages that show nothing (a bot wall).
fn description_lead(
    blocks: &[Block],
    verdicts: &Verdicts,
    description: Option<&str>,
) -> Option<Block> {
    let text = without_tags(description?)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let chars = text.chars().filter(|c| !c.is_whitespace()).count();
    let kept: usize = blocks
        .iter()
        .zip(verdicts)
        .filter(|(_, v)| v.is_none())
        .map(|(b, _)| b.chars)
        .sum();
    if chars == 0 || kept >= chars {
        return None;
    }
    Some(Block {
        text,
        kind: crate::segment::Kind::Paragraph,
        owner: 0,
        container: 0,
        group: None,
        chars,
        link_chars: 0,
        list: None,
        markup: None,
        depth: 0,
        lang: None,
        header: false,
        spoken_labels: None,
    })
}

/// `s` with HTML tags (`<p>`, `<br/>`) left in a JSON-LD string made
/// spaces; a `<` that opens no tag stays.
fn without_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('<') {
        let (before, tag) = rest.split_at(open);
        out.push_str(before);
        let is_tag = tag
            .chars()
            .nth(1)
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/');
        if !is_tag {
            out.push('<');
            rest = tag.get(1..).unwrap_or("");
            continue;
        }
        match tag.find('>') {
            Some(close) => {
                out.push(' ');
                rest = tag.get(close + 1..).unwrap_or("");
            }
            // No `>` after it: no later `<` closes either (and looking
            // again from each one would be quadratic).
            None => {
                rest = tag;
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// render: the article, with what was asked for beside the text.
pub(crate) fn finish(dom: &Dom, a: Analysis, options: &Options) -> Article {
    let Analysis {
        meta,
        mut page,
        pruned,
        mut blocks,
        scores,
        mut verdicts,
        page_type,
    } = a;
    let explanation = options
        .explain
        .then(|| explain(dom, &pruned, &blocks, &scores, &verdicts));
    let no_blocks = blocks.is_empty();
    if page_type == PageType::Product {
        if let Some(lead) =
            description_lead(&blocks, &verdicts, page.product_description.as_deref())
        {
            blocks.insert(0, lead);
            verdicts.insert(0, None);
        }
    }
    // One list, three renderings: the text, the Markdown and the HTML are
    // all written from the typed blocks.
    let threaded = options.blocks && page_type == PageType::Forum;
    // A forum thread's block owners also give the opening post's author.
    let forum = page_type == PageType::Forum;
    let (mut kept, owners) =
        render::blocks(blocks, &verdicts, options.markdown, options.html, forum);
    for b in &mut kept {
        strip_block(b);
    }
    let text = render::text(&kept);
    let markdown = options.markdown.then(|| render::markdown(&kept));
    let html = options.html.then(|| render::html(&kept));
    let readerable = render::readerable(&kept);
    if !options.blocks {
        kept = Vec::new();
    } else if threaded {
        // A thread's blocks grouped by post, after the renderings (which
        // they leave as they are).
        let (post_of, posts) = crate::comments::posts(dom, &owners, crate::comments::MIN_POSTS);
        let posts: Vec<_> = posts.into_iter().map(|p| (p.author, p.date)).collect();
        kept = render::posts(kept, &post_of, &posts);
        for b in kept.iter_mut().filter(|b| b.kind == crate::BlockKind::Post) {
            strip_block(b);
        }
    }
    // A declared timestamp (a date with a time) may be a day off the day
    // the opening post shows.
    let stamped = page.date.as_deref().is_some_and(|d| d.contains('T'));
    if forum && (page.authors.is_empty() || page.authors_shown || page.date.is_none() || stamped) {
        // A thread of one post (no reply yet) is its opening post.
        let opening = crate::comments::opening_post(dom, &owners);
        let opening = opening.as_ref();
        meta::opening_poster(&mut page, opening.and_then(|p| p.author.as_deref()));
        meta::opening_date(&mut page, opening.and_then(|p| p.date.as_deref()));
    }
    let comments = if options.comments {
        crate::comments::collect(dom, &pruned)
    } else {
        Vec::new()
    };
    meta::settle(&mut page, &text, options.base_url.as_deref());
    let page_type = if text.is_empty() && no_blocks && options.page_type.is_none() {
        crate::PageType::Other
    } else {
        page_type
    };
    // A page presenting a service or an organisation is titled by what it
    // declares (see `meta::title`); the site's name is never the title,
    // nor a tagline after the headline, nor, on a page of entries, the
    // count of them after it (elsewhere "(128 GB)" or "(2 Pack)" names a
    // product's variant).
    let title = if page_type == PageType::Service {
        meta.reported_landing
    } else if page_type == PageType::Forum {
        meta.reported_thread
    } else {
        meta.reported
    }
    .map(meta::without_tagline)
    .map(|t| {
        if matches!(page_type, PageType::Listing | PageType::Collection) {
            meta::without_count(t)
        } else {
            t
        }
    });
    if title.is_some() && page.site_name == title {
        page.site_name = None;
    }
    let mut article = Article {
        title,
        text,
        // A kind the caller forced is reported as forced, even where a
        // page left empty by its rules was read as a thread or a list.
        page_type: options.page_type.unwrap_or(page_type),
        explanation,
        encoding: None,
        markdown,
        html,
        readerable,
        blocks: kept,
        comments,
        meta: page,
    };
    strip_controls(&mut article);
    article
}

/// clean, last: no control character but line feed and tab reaches any
/// output, whatever the page held (raw bytes, `&#1;`, C1 bytes of a legacy
/// encoding, `\u0001` in JSON-LD).
fn strip_controls(a: &mut Article) {
    use crate::clean::strip_controls_in as strip;
    strip(&mut a.text);
    let m = &mut a.meta;
    // Metadata a template garbled is repaired first (its mojibake holds C1
    // controls); the text keeps its characters.
    for s in [&mut a.title, &mut m.site_name, &mut m.description]
        .into_iter()
        .flatten()
        .chain(m.authors.iter_mut())
    {
        crate::clean::repair_mojibake_in(s);
    }
    for s in [
        &mut a.title,
        &mut a.markdown,
        &mut a.html,
        &mut m.date,
        &mut m.site_name,
        &mut m.description,
        &mut m.language,
        &mut m.url,
        &mut m.image,
    ]
    .into_iter()
    .flatten()
    {
        strip(s);
    }
    for s in m.authors.iter_mut().chain(m.tags.iter_mut()) {
        strip(s);
    }
    for c in &mut a.comments {
        strip(&mut c.text);
        if let Some(author) = &mut c.author {
            strip(author);
        }
    }
    for r in a.explanation.iter_mut().flatten() {
        strip(&mut r.text);
        strip(&mut r.reason);
    }
}

/// [`strip_controls`] for one block, before it is rendered.
fn strip_block(b: &mut crate::Block) {
    use crate::clean::strip_controls_in as strip;
    strip(&mut b.text);
    for s in b
        .markdown
        .iter_mut()
        .chain(b.language.iter_mut())
        .chain(b.html.iter_mut())
        .chain(b.post.iter_mut().flat_map(|p| {
            let p = &mut **p;
            p.author.iter_mut().chain(p.date.iter_mut())
        }))
    {
        strip(s);
    }
    for i in &mut b.items {
        strip(&mut i.text);
    }
    for c in b.rows.iter_mut().flat_map(|r| r.cells.iter_mut()) {
        strip(c);
    }
}

/// Longest text shown for a pruned subtree in an explanation, in bytes.
const EXPLAIN_CUT_TEXT: usize = 200;

/// One report per block, plus one per pruned subtree that held text, in page order.
fn explain(
    dom: &Dom,
    pruned: &Pruned,
    blocks: &[Block],
    scores: &Scores,
    verdicts: &Verdicts,
) -> Vec<BlockReport> {
    let mut items: Vec<(usize, BlockReport)> = Vec::new();
    for (b, v) in blocks.iter().zip(verdicts) {
        items.push((
            b.owner,
            BlockReport {
                text: b.text.clone(),
                kept: v.is_none(),
                reason: v.map_or_else(|| "main content".to_owned(), |d| d.describe()),
                score: scores.of(b.container),
            },
        ));
    }
    let mut walk = dom.walk(0..dom.len());
    while let Some(id) = walk.next() {
        if let Some(cut) = pruned.cut(id) {
            if !matches!(cut, Cut::Tag("head" | "script" | "style" | "template")) {
                let mut text = dom.text_of(id);
                if text.len() > EXPLAIN_CUT_TEXT {
                    let mut end = EXPLAIN_CUT_TEXT;
                    while !text.is_char_boundary(end) {
                        end -= 1;
                    }
                    text.truncate(end);
                    text.push('…');
                }
                if !text.is_empty() {
                    items.push((
                        id,
                        BlockReport {
                            text,
                            kept: false,
                            reason: format!("{} {}", cut.describe(), element_label(dom, id)),
                            score: 0.0,
                        },
                    ));
                }
            }
            walk.skip_subtree(id);
        }
    }
    items.sort_by_key(|(pos, _)| *pos);
    items.into_iter().map(|(_, r)| r).collect()
}

/// `<div id="x" class="y">`, for explanations (values shortened).
fn element_label(dom: &Dom, id: usize) -> String {
    use html5ever::local_name;
    let Some(e) = dom.element(id) else {
        return String::new();
    };
    let mut s = format!("<{}", e.name);
    for name in [local_name!("id"), local_name!("class"), local_name!("role")] {
        if let Some(v) = e.attr(&name) {
            let v: String = v.chars().take(60).collect();
            s.push_str(&format!(" {}=\"{}\"", name, v));
        }
    }
    s.push('>');
    s
}

/// The base for relative URLs: the first `<base href>` resolved against the
/// caller's URL, else the caller's URL.
fn base_url(dom: &Dom, given: Option<&str>) -> Option<String> {
    use html5ever::local_name;
    let href = dom
        .find(&local_name!("base"))
        .and_then(|b| dom.element(b))
        .and_then(|e| e.attr(&local_name!("href")))
        .map(str::trim)
        .filter(|h| !h.is_empty());
    match (href, given) {
        (Some(h), Some(g)) => Some(crate::url::resolve(g, h)),
        (Some(h), None) => Some(h.to_owned()),
        (None, g) => g.map(str::to_owned),
    }
}

// The entry points: an `Extractor` runs the stages with its options.
impl Extractor {
    /// Extracts the main content of one HTML page.
    ///
    /// # Errors
    /// [`Error::InputTooLarge`] when `html` is over
    /// [`Options::max_input_bytes`]; [`Error::NotHtml`] when it is plainly
    /// not HTML. A page without main content is not an error: its article is
    /// empty.
    ///
    /// ```
    /// let article = decruft::Extractor::default().extract("<article><h1>Hi</h1><p>Body text.</p></article>")?;
    /// assert_eq!(article.title(), Some("Hi"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn extract(&self, html: &str) -> Result<Article, Error> {
        run(html, &self.options)
    }

    /// Extracts the main content of a page given as bytes; see
    /// [`extract_bytes`](crate::extract_bytes) for how they are decoded.
    ///
    /// # Errors
    /// [`Error::InputTooLarge`] when `bytes` is over
    /// [`Options::max_input_bytes`]; [`Error::NotHtml`] when they are plainly
    /// not HTML.
    ///
    /// ```
    /// // "Новости" in KOI8-R, as the page declares.
    /// let page = b"<meta charset=koi8-r><p>\xee\xcf\xd7\xcf\xd3\xd4\xc9</p>";
    /// let article = decruft::Extractor::default().extract_bytes(page, None)?;
    /// assert_eq!(article.encoding(), Some("KOI8-R"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn extract_bytes(
        &self,
        bytes: &[u8],
        content_type: Option<&str>,
    ) -> Result<Article, Error> {
        if bytes.len() > self.options.max_input_bytes {
            return Err(Error::InputTooLarge {
                len: bytes.len(),
                max: self.options.max_input_bytes,
            });
        }
        let utf16 = encoding_rs::Encoding::for_bom(bytes)
            .is_some_and(|(e, _)| e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE);
        if let Some(reason) = crate::sniff::not_html(bytes, utf16) {
            return Err(Error::NotHtml { reason });
        }
        let (text, encoding) = crate::decode::decode(bytes, content_type);
        let mut article = run_decoded(&text, &self.options)?;
        article.encoding = Some(encoding.name());
        Ok(article)
    }
}

impl Extractor {
    /// Extracts one page given as bytes with what the caller knows about it
    /// ([`PageInfo`]: its URL and content type); the page's URL stands for
    /// [`Options::base_url`] for this call only.
    ///
    /// # Errors
    /// [`Error::InputTooLarge`] when `bytes` is over
    /// [`Options::max_input_bytes`].
    ///
    /// ```
    /// let extractor = decruft::Extractor::default();
    /// let html = br#"<meta property="og:image" content="/img/rain.jpg"><h1>Rain</h1><p>It rained all day.</p>"#;
    /// let page = decruft::PageInfo::new().url("https://example.org/2024/05/12/rain.html");
    /// let article = extractor.extract_with(html, &page)?;
    /// assert_eq!(article.image(), Some("https://example.org/img/rain.jpg"));
    /// assert_eq!(article.url(), Some("https://example.org/2024/05/12/rain.html"));
    /// assert_eq!(article.date(), Some("2024-05-12"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn extract_with(&self, bytes: &[u8], page: &PageInfo<'_>) -> Result<Article, Error> {
        match page.url {
            Some(url) => {
                let mut options = self.options.clone();
                options.base_url = Some(url.to_owned());
                let mut article = Extractor { options }.extract_bytes(bytes, page.content_type)?;
                if article.meta.url.is_none() {
                    article.meta.url = Some(url.trim().to_owned());
                }
                Ok(article)
            }
            None => self.extract_bytes(bytes, page.content_type),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::PageType;

    /// A product page that renders its text by script: the HTML shows a
    /// price and a button, the JSON-LD `Product` holds the description.
    fn script_product(description: &str, shown: &str) -> String {
        format!(
            "<html><head><title>Quarter Socks | Shop</title>\
             <script type='application/ld+json'>{{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\
             \"name\":\"Quarter Socks\",\"description\":\"{description}\",\
             \"offers\":{{\"@type\":\"Offer\",\"price\":\"14.00\",\"priceCurrency\":\"USD\"}}}}</script>\
             </head><body><nav><a href='/'>Home</a> <a href='/socks'>Socks</a></nav>\
             <main><h1>Quarter Socks</h1><div id='root'>{shown}</div><p>$14.00</p><button>Add to cart</button></main></body></html>"
        )
    }

    #[test]
    fn a_forced_page_type_is_extracted_and_reported() -> Result<(), crate::Error> {
        // A story with a captioned picture: judged an article, whose
        // captions go; forced a service page, whose sentence captions stay.
        let html = "<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>\
            <p>The bridge reopened on Monday after two years of repairs and delays, the city said.</p>\
            <figure><img src='b.jpg'><figcaption>The bridge at dawn on its first day, seen from the east bank.</figcaption></figure>\
            <p>Traffic is expected to return to its old levels within a month, engineers told the council.</p>\
            </article></body></html>";
        let judged = crate::Options::new().build().extract(html)?;
        assert_eq!(judged.page_type(), PageType::Article);
        assert!(!judged.text().contains("at dawn"), "{}", judged.text());
        let forced = crate::Options::new()
            .page_type(PageType::Service)
            .build()
            .extract(html)?;
        assert_eq!(forced.page_type(), PageType::Service);
        assert!(forced.text().contains("at dawn"), "{}", forced.text());
        // An empty page keeps the kind forced (judged, it is `Other`).
        let empty = "<html><body><nav><a href='/'>Home</a></nav></body></html>";
        assert_eq!(crate::extract(empty)?.page_type(), PageType::Other);
        let forced = crate::Options::new()
            .page_type(PageType::Forum)
            .build()
            .extract(empty)?;
        assert_eq!(forced.page_type(), PageType::Forum);
        Ok(())
    }

    #[test]
    fn a_short_grid_a_class_word_cut_is_taken_before_the_furniture_pass() -> Result<(), crate::Error>
    {
        // Three tiles, 140 characters, in a box a class word cuts; the
        // furniture pass would take the footer's shopping-bag text.
        let tile = |name: &str, price: &str| {
            format!(
                "<li class='product-tile'><a href='/product/{name}'><span role='heading' aria-level='2'>{name} Waterproof Hiking Boots - Women's</span></a>\
                 <p class='product-tile__price'>{price}</p></li>"
            )
        };
        let html = format!(
            "<html><head><title>Hiking Boots | Trailpost</title>\
             <link rel='canonical' href='https://trailpost.example/c/hiking-boots'></head><body>\
             <header><a href='/'>Trailpost</a><nav><a href='/c/camping'>Camping</a> <a href='/c/sale'>Sale</a></nav></header>\
             <main><h1>Hiking Boots</h1><section class='sidebar'><ul class='product-grid'>{}{}{}</ul></section></main>\
             <footer><h2>Shopping bag</h2><p>Shipping and promotions are calculated in checkout. Sales tax shown in \
             checkout is a best estimate and may differ from the amount actually charged and shown on the order \
             confirmation email. Your bag is empty, but you still look good. By checking out, you agree to our terms \
             of use and privacy policy.</p></footer></body></html>",
            tile("Ridgeline", "$189.95"),
            tile("Trailhead", "$149.00"),
            tile("Summit", "$229.50"),
        );
        let article = crate::Options::new().build().extract(&html)?;
        assert!(matches!(
            article.page_type(),
            PageType::Listing | PageType::Collection
        ));
        assert!(
            article.text().contains("Summit Waterproof Hiking Boots"),
            "{}",
            article.text()
        );
        assert!(!article.text().contains("checkout"), "{}", article.text());
        Ok(())
    }

    #[test]
    fn a_product_rendered_by_script_reads_its_json_ld_description() -> Result<(), crate::Error> {
        let desc = "<p>These quarters are made for comfort and stay up all day, with a cushioned arch and a seamless toe.</p>";
        let article = crate::Options::new()
            .build()
            .extract(&script_product(desc, ""))?;
        assert_eq!(article.page_type(), PageType::Product);
        assert_eq!(
            article.text(),
            "These quarters are made for comfort and stay up all day, with a cushioned arch and a seamless toe."
        );
        Ok(())
    }

    #[test]
    fn a_product_showing_its_text_gets_no_description_added() -> Result<(), crate::Error> {
        let shown = "<p>Knitted in Portugal from combed cotton, these socks come in six colours and three sizes, and each pair sold gives one to a shelter near you.</p>";
        let article = crate::Options::new()
            .build()
            .extract(&script_product("Comfortable socks.", shown))?;
        assert!(
            !article.text().contains("Comfortable socks"),
            "{}",
            article.text()
        );
        Ok(())
    }

    #[test]
    fn a_shops_carousel_of_other_items_goes() -> Result<(), crate::Error> {
        let shown = "<p>Knitted in Portugal from combed cotton, these socks come in six colours and three sizes, and each pair sold gives one to a shelter near you.</p>\
             <p>The cushioned sole and the arch band keep them in place through a long day on your feet, wash after wash.</p>\
             <h2>Similar items</h2><div class='row'><div><p>Ladies striped tunic top in green, size twelve, long sleeves and cotton</p><p>$8.03</p></div>\
             <div><p>Knitted winter poncho cape with pom poms, one size, soft and warm</p><p>$16.08</p></div></div>";
        let article = crate::Options::new()
            .build()
            .extract(&script_product("Socks.", shown))?;
        assert!(
            article.text().contains("wash after wash"),
            "{}",
            article.text()
        );
        assert!(!article.text().contains("poncho"), "{}", article.text());
        Ok(())
    }

    #[test]
    fn a_shops_delivery_terms_under_a_product_go() -> Result<(), crate::Error> {
        let shown = "<p>Knitted in Portugal from combed cotton, these socks come in six colours and three sizes, and each pair sold gives one to a shelter near you.</p>\
             <p>The cushioned sole and the arch band keep them in place through a long day on your feet, wash after wash.</p>\
             <div class='terms'><h3>Shipping &amp; Returns</h3><p>Orders over fifty dollars ship free, and you can send anything back within thirty days for a full refund.</p></div>";
        let article = crate::Options::new()
            .build()
            .extract(&script_product("Socks.", shown))?;
        assert!(
            article.text().contains("wash after wash"),
            "{}",
            article.text()
        );
        assert!(
            !article.text().contains("full refund"),
            "{}",
            article.text()
        );
        Ok(())
    }

    #[test]
    fn tags_in_a_json_ld_string_become_spaces() {
        assert_eq!(
            super::without_tags("<p>Soft</p><br/>warm & 1 < 2"),
            " Soft  warm & 1 < 2"
        );
        assert_eq!(super::without_tags("a <b c <d"), "a <b c <d");
        // Unclosed tags one after another: linear, and all kept.
        let open = "<a".repeat(100_000);
        assert_eq!(super::without_tags(&open), open);
    }

    #[test]
    fn a_page_whose_only_text_is_its_comments_is_a_thread() -> Result<(), crate::Error> {
        let post = "I moved from one forum package to the other last year and the import kept every thread, user and attachment. ";
        let html = format!(
            "<html><body><nav><a href='/'>Forums</a></nav><h1>Which forum software?</h1>\
             <ol class='comments'><li class='comment'><p>{post}</p></li><li class='comment'><p>{post}{post}</p></li></ol>\
             </body></html>"
        );
        let article = crate::Options::new().build().extract(&html)?;
        assert!(
            article.text().contains("import kept every thread"),
            "{}",
            article.text()
        );
        assert_eq!(article.page_type(), PageType::Forum);
        Ok(())
    }

    /// A thread of posts, each with its poster's card; the replies are
    /// schema.org `Comment`s whose author is marked, the opening post's is
    /// not, and a badge beside its poster says `badge`.
    fn thread(title: &str, names: [&str; 3], badge: &str, words: [&str; 3]) -> String {
        let post = |i: usize, reply: bool| {
            let name = names.get(i).copied().unwrap_or_default();
            let said = words.get(i).copied().unwrap_or_default();
            let (scope, author) = if reply {
                (
                    " itemscope itemtype='https://schema.org/Comment'",
                    " itemprop='author' itemscope itemtype='https://schema.org/Person'",
                )
            } else {
                ("", "")
            };
            let badge = if reply {
                String::new()
            } else {
                format!("<div class='topic-author'>{badge}</div>")
            };
            format!(
                "<article class='message message--post' id='post-{i}'{scope}>\
                 <div class='message-user'{author}>{badge}\
                 <a href='/members/{i}/' class='username'><span itemprop='name'>{name}</span></a>\
                 <div class='user-title'>Member</div></div>\
                 <div class='message-body'><p>{said} {said}</p></div></article>"
            )
        };
        format!(
            "<html><body><nav><a href='/'>Forums</a></nav><h1>{title}</h1>\
             <div class='thread'>{}{}{}</div></body></html>",
            post(0, false),
            post(1, true),
            post(2, true)
        )
    }

    /// An English thread of three posts, its opener marked "Topic Author".
    fn telescope_thread() -> String {
        thread(
            "Which telescope should I buy first?",
            ["star_gazer42", "Ann Lee", "b.kovacs"],
            "Topic Author",
            [
                "I have about four hundred euros and a dark garden, which telescope would you buy as a first one?",
                "A small Dobsonian gives you the most aperture for that money and it is easy to set up at night.",
                "Agreed, and add a red torch and a planisphere, they cost little and help a lot in the first months.",
            ],
        )
    }

    #[test]
    fn a_threads_opening_post_names_its_author() -> Result<(), crate::Error> {
        for (html, poster) in [
            (
                telescope_thread(),
                "star_gazer42",
            ),
            (
                thread(
                    "Welches Teleskop zum Einstieg?",
                    ["sternfreund", "Jonas Weber", "m.huber"],
                    "Themenstarter",
                    [
                        "Ich habe etwa vierhundert Euro und einen dunklen Garten, welches Teleskop würdet ihr als erstes kaufen?",
                        "Ein kleines Dobson bietet für das Geld die meiste Öffnung und ist abends schnell aufgebaut.",
                        "Dazu eine rote Taschenlampe und eine drehbare Sternkarte, beides kostet wenig und hilft sehr.",
                    ],
                ),
                "sternfreund",
            ),
        ] {
            let article = crate::Options::new().build().extract(&html)?;
            assert_eq!(article.page_type(), PageType::Forum, "{}", article.text());
            // Not the badge's label, not the first reply's marked author.
            assert_eq!(article.authors(), [poster]);
        }
        Ok(())
    }

    #[test]
    fn a_closed_threads_notice_is_none_of_its_posts() -> Result<(), crate::Error> {
        // Forum software says a thread is locked above its first post and
        // below its last; the body is the posts.
        let notice = "<p>Not open for further replies.</p>";
        let html = telescope_thread()
            .replace(
                "<div class='thread'>",
                &format!("<div class='thread'>{notice}"),
            )
            .replace("</div></body>", &format!("{notice}</div></body>"));
        let article = crate::Options::new().build().extract(&html)?;
        assert_eq!(article.page_type(), PageType::Forum, "{}", article.text());
        let text = article.text();
        assert!(text.contains("a red torch and a planisphere"), "{text}");
        assert!(!text.contains("further replies"), "{text}");
        Ok(())
    }

    #[test]
    fn a_page_whose_only_text_is_links_is_a_listing() -> Result<(), crate::Error> {
        let rows: String = (1..=12)
            .map(|i| format!("<tr><td>{i}.</td><td><a href='/s/{i}'>Story number {i} about the harbour and the new ferry line</a></td></tr>"))
            .collect();
        let html = format!("<html><body><table>{rows}</table></body></html>");
        let article = crate::Options::new().build().extract(&html)?;
        assert!(
            article.text().contains("Story number 7 about"),
            "{}",
            article.text()
        );
        assert_eq!(article.page_type(), PageType::Listing);
        Ok(())
    }

    #[test]
    fn a_page_of_a_few_priced_tiles_alone_is_a_listing() -> Result<(), crate::Error> {
        // Nine tiles, a name and a price each, no links and no sentence:
        // fewer characters than a stray label's bar, as many as a grid's.
        let names = [
            "Fleur Duo",
            "Cloud Trio",
            "Lip Trio",
            "Wardrobe",
            "Hand Cream",
            "Candles",
            "Body Spritz",
            "Balm Dotcom",
            "Solid Perfume",
        ];
        let tiles: String = names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                format!(
                    "<div class='t'><div>{n}</div><div><div>€{}</div></div></div>",
                    12 + i
                )
            })
            .collect();
        let html = format!(
            "<html><body><div>Save $26 with the Limited Edition Holiday Set</div>\
             <div class='grid'>{tiles}</div></body></html>"
        );
        let article = crate::Options::new().build().extract(&html)?;
        let text = article.text();
        assert!(text.contains("Body Spritz"), "{text}");
        assert!(text.contains("€18"), "{text}");
        Ok(())
    }
}
