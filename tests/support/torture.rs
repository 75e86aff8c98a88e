//! Hostile inputs, generated (nothing big is committed); shared by the
//! torture tests (`tests/limits.rs`) and `tools/torture.rs`, which times
//! one of them and reports its peak memory.
#![allow(dead_code)]

/// The sentence every deep input hides at its bottom.
pub const MARKER: &str = "The marker sentence at the very bottom of the page must survive.";

/// `open` n times, the marker, then `close` n times if `closed`.
pub fn deep(open: &str, close: &str, n: usize, closed: bool) -> String {
    let mut s = String::with_capacity((open.len() + close.len()) * n + 200);
    s.push_str("<html><body>");
    for _ in 0..n {
        s.push_str(open);
    }
    s.push_str("<p>");
    s.push_str(MARKER);
    s.push_str("</p>");
    if closed {
        for _ in 0..n {
            s.push_str(close);
        }
    }
    s.push_str("</body></html>");
    s
}

/// A torture input's name and how to make it.
pub type Input = (String, Box<dyn Fn() -> String>);

/// Every torture input by name, made on demand.
pub fn inputs() -> Vec<Input> {
    let mut v: Vec<Input> = Vec::new();
    for (name, open, close, n) in [
        ("div", "<div>", "</div>", 200_000),
        ("ul-li", "<ul><li>", "</li></ul>", 100_000),
        ("li", "<li>", "</li>", 100_000),
        ("table", "<table><tr><td>", "</td></tr></table>", 100_000),
        ("blockquote", "<blockquote>", "</blockquote>", 100_000),
        ("b", "<b>", "</b>", 100_000),
        ("span", "<span>", "</span>", 100_000),
    ] {
        for closed in [true, false] {
            let label = format!("deep-{name}-{}", if closed { "closed" } else { "unclosed" });
            v.push((label, Box::new(move || deep(open, close, n, closed))));
        }
    }
    v.push((
        "links-1m".to_owned(),
        Box::new(|| {
            let mut s = format!(
                "<html><body><article><p>{MARKER} It sits above a huge list of links.</p></article><div>"
            );
            for i in 0..1_000_000 {
                s.push_str(&format!("<a href=\"/p/{i}\">link {i}</a>"));
            }
            s.push_str("</div></body></html>");
            s
        }),
    ));
    v.push((
        "text-20mb".to_owned(),
        Box::new(|| format!("<p>{}</p>", "word ".repeat(4_000_000))),
    ));
    v.push((
        "attribute-10mb".to_owned(),
        Box::new(|| {
            format!(
                "<div class=\"{}\"><p>{MARKER}</p></div>",
                "x".repeat(10_000_000)
            )
        }),
    ));
    v.push((
        "attributes-100k".to_owned(),
        Box::new(|| {
            let mut tag = String::from("<div");
            for i in 0..100_000 {
                tag.push_str(&format!(" data-a{i}=\"{i}\""));
            }
            format!("{tag}><p>{MARKER}</p></div>")
        }),
    ));
    v.push((
        "br-100k".to_owned(),
        Box::new(|| format!("<p>{MARKER}</p>{}", "<br>".repeat(100_000))),
    ));
    v.push((
        "misnested-formatting".to_owned(),
        Box::new(|| {
            let mut mis = String::new();
            for i in 0..20_000 {
                mis.push_str(&format!("<b id=\"{i}\"><i><p>x{i}</b></i>"));
            }
            mis.push_str(&format!("<p>{MARKER}</p>"));
            mis
        }),
    ));
    v.push((
        "nul-and-controls".to_owned(),
        Box::new(|| format!("<p>\u{0}\u{1}{MARKER}\u{fffd}</p>")),
    ));
    v.push((
        "comment-form-only".to_owned(),
        Box::new(|| {
            r#"<div id="respond" class="comment-respond"><h3>Leave a Reply</h3>
        <form><p>Your email address will not be published. Required fields are marked *</p>
        <textarea></textarea><input type="submit" value="Post Comment"></form></div>"#
                .to_owned()
        }),
    ));
    v.push((
        "shop-rails-20k".to_owned(),
        Box::new(|| {
            // A page dense in elements and blocks: a product's description
            // followed by 20,000 rails of three tiles, each with its shop
            // button (180,000 classed elements, 60,000 blocks). No rail,
            // entry or tile may cost a pass over the whole page, and the
            // peak memory (once 16 x the page: attribute lists and block
            // vectors holding spare room) stays inside the promise. At this
            // size the page is typed service; the product rails' own test
            // is in select/tests.rs.
            let mut s = format!(
                "<html><head><script type=\"application/ld+json\">\
                 {{\"@type\":\"Product\",\"name\":\"Kettle\"}}</script></head>\
                 <body><main><h1>Kettle</h1><p>{MARKER} It describes the kettle.</p><p>$25.00</p>"
            );
            for i in 0..20_000 {
                s.push_str("<div class=\"rail\">");
                for j in 0..3 {
                    s.push_str(&format!(
                        "<div class=\"tile\"><p>Rail {i} tile {j}, another kettle</p>\
                         <button>Add to cart</button></div>"
                    ));
                }
                s.push_str("</div>");
            }
            s.push_str("</main></body></html>");
            s
        }),
    ));
    v.push(("empty".to_owned(), Box::new(String::new)));
    v.push(("whitespace".to_owned(), Box::new(|| "   \n\t ".to_owned())));
    v
}
