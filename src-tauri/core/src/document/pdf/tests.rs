//! The writer's output read back by poppler (`pdftotext`, `pdfinfo`) and
//! checked by `qpdf --check`, independent implementations of PDF.

use super::*;
use std::process::Command;

/// Runs an external checker; a missing tool fails the test with a hint.
fn tool(program: &str, args: &[&std::ffi::OsStr]) -> std::process::Output {
    Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!("{program} is needed by this test (apt-get install poppler-utils qpdf): {e}")
        })
}

fn write_temp(document: &Document) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    document.write(&path).unwrap();
    (dir, path)
}

fn text_of(path: &Path) -> String {
    let out = tool("pdftotext", &[path.as_os_str(), "-".as_ref()]);
    assert!(out.status.success(), "pdftotext failed: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

fn pages_of(path: &Path) -> usize {
    let out = tool("pdfinfo", &[path.as_os_str()]);
    assert!(out.status.success());
    let info = String::from_utf8(out.stdout).unwrap();
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

fn qpdf_check(path: &Path) {
    let out = tool("qpdf", &["--check".as_ref(), path.as_os_str()]);
    assert!(
        out.status.success(),
        "qpdf --check: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.contains("No syntax or stream encoding errors"),
        "{report}"
    );
}

#[test]
fn ukrainian_polish_and_italian_text_is_extractable() {
    let mut document = Document::new("Картка приєднання", Direction::Ltr);
    document
        .paragraph("Згода на обробку персональних даних директора.")
        .key_values(&[
            ("Організація", "ТОВ «Ромашка»"),
            ("Firma", "Zakład Usług Świętokrzyskich"),
            ("Città", "Forlì, Perché così"),
        ])
        .signature_line("Підпис");
    let (_dir, path) = write_temp(&document);
    qpdf_check(&path);
    let text = text_of(&path);
    for word in [
        "Картка",
        "приєднання",
        "персональних",
        "Ромашка",
        "Świętokrzyskich",
        "Zakład",
        "Forlì",
        "Perché",
        "Підпис",
    ] {
        assert!(text.contains(word), "{word} missing from: {text}");
    }
}

#[test]
fn hebrew_lines_are_extracted_in_reading_order() {
    let mut document = Document::new("כרטיס הצטרפות", Direction::Rtl);
    document
        .paragraph("הסכמה לעיבוד מידע אישי")
        .key_values(&[("ארגון", "שלום בע\"מ")]);
    let (_dir, path) = write_temp(&document);
    qpdf_check(&path);
    let text = text_of(&path);
    // poppler puts right-to-left text back into logical order, so the
    // words come out as written only if the page holds them in visual
    // order with a correct ToUnicode map.
    for word in ["כרטיס", "הצטרפות", "הסכמה", "לעיבוד", "ארגון", "שלום"]
    {
        assert!(text.contains(word), "{word} missing from: {text}");
    }
}

/// The first line of a right-to-left document holding `paragraph`: its
/// text as drawn (in visual order) and where it ends on the page.
fn rtl_line(font: &Font, paragraph: &str) -> (String, f32) {
    let mut document = Document::new("כותרת", Direction::Rtl);
    document.paragraph(paragraph);
    let pages = Layout::run(&document, font);
    let Item::Text { x, text, size, .. } = &pages[0][1] else {
        panic!("expected the paragraph line");
    };
    (text.clone(), x + font.width(text, *size))
}

#[test]
fn right_to_left_lines_end_at_the_right_margin() {
    let font = Font::bundled().unwrap();
    let (text, right) = rtl_line(&font, "שלום");
    assert_eq!(text, "םולש");
    assert!((right - (PAGE_WIDTH - MARGIN)).abs() < 0.01, "{right}");

    let mut ltr = Document::new("Title", Direction::Ltr);
    ltr.paragraph("Hello");
    let pages = Layout::run(&ltr, &font);
    let Item::Text { x, .. } = &pages[0][1] else {
        panic!("expected the paragraph line");
    };
    assert!((x - MARGIN).abs() < 0.01);
}

#[test]
fn a_long_table_breaks_pages_and_repeats_its_header() {
    let mut table = Table::new(&[("Serial", 1.0), ("Holder", 2.0), ("SHA-256", 3.0)]);
    for n in 0..150 {
        table.row(&[
            format!("{n:04}"),
            format!("Holder number {n}"),
            "ab".repeat(32),
        ]);
    }
    let mut document = Document::new("Notification", Direction::Ltr);
    document.table(table);
    let (_dir, path) = write_temp(&document);
    qpdf_check(&path);
    let pages = pages_of(&path);
    assert!(pages >= 3, "150 rows on {pages} pages");
    let text = text_of(&path);
    assert_eq!(
        text.matches("SHA-256").count(),
        pages,
        "header on every page"
    );
    assert!(text.contains("0000") && text.contains("0149"));
    // poppler may drop the thin spaces around the slash.
    let compact = text.replace(' ', "");
    assert!(compact.contains(&format!("1/{pages}")), "{text}");
    assert!(compact.contains(&format!("{pages}/{pages}")), "{text}");
    // Every row is drawn exactly once.
    for n in [0, 37, 74, 111, 149] {
        assert_eq!(
            text.matches(&format!("Holder number {n}\n")).count(),
            1,
            "row {n}"
        );
    }
}

#[test]
fn long_paragraphs_flow_onto_new_pages() {
    let mut document = Document::new("Lorem", Direction::Ltr);
    for n in 0..80 {
        document.paragraph(&format!(
            "Paragraph {n} with some words to wrap across the line."
        ));
    }
    let (_dir, path) = write_temp(&document);
    assert!(pages_of(&path) >= 2);
    let text = text_of(&path);
    assert!(text.contains("Paragraph 79"));
}

#[test]
fn words_wider_than_a_cell_are_broken_inside() {
    let font = Font::bundled().unwrap();
    let lines = wrap(&font, &"F".repeat(200), 10.0, 100.0);
    assert!(lines.len() > 1);
    for line in &lines {
        assert!(font.width(line, 10.0) <= 100.0);
    }
    assert_eq!(lines.concat(), "F".repeat(200));
}

#[test]
fn a_fingerprint_after_its_label_moves_down_and_splits_by_characters() {
    let font = Font::bundled().unwrap();
    // SHA-256 of "abc": digits and letters with no break opportunity.
    let fingerprint = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    let lines = wrap(&font, &format!("SHA-256: {fingerprint}"), 8.0, 100.0);
    assert_eq!(lines[0], "SHA-256:", "the hyphen before 256 is no break");
    assert!(lines.len() > 2, "{lines:?}");
    for line in &lines {
        assert!(font.width(line, 8.0) <= 100.0, "{line}");
    }
    assert_eq!(lines[1..].concat(), fingerprint);
}

#[test]
fn a_split_word_keeps_combining_marks_with_their_letters() {
    let font = Font::bundled().unwrap();
    // "का" is KA + the vowel sign AA, a combining mark that takes room of
    // its own (here the width of the font's missing-glyph box): a split
    // must not leave it at the start of the next line.
    let word = "का".repeat(40);
    let lines = wrap(&font, &word, 10.0, 55.0);
    assert!(lines.len() > 1);
    for line in &lines {
        assert!(line.starts_with('क'), "{line:?}");
    }
    assert_eq!(lines.concat(), word);
}

/// `text` wrapped at 10 pt in the bundled font, in as much room as `room` takes.
fn wrap_in_room_of(text: &str, room: &str) -> Vec<String> {
    let font = Font::bundled().unwrap();
    wrap(&font, text, 10.0, font.width(room, 10.0))
}

#[test]
fn a_word_breaks_after_its_hyphen_rather_than_inside() {
    // Room for "Zażółć-gęślą-ja", not for the whole word: the break goes
    // after the hyphen, where splitting at whitespace only would have cut
    // the last part in two.
    let lines = wrap_in_room_of("Zażółć-gęślą-jaźń", "Zażółć-gęślą-ja");
    assert_eq!(lines, ["Zażółć-gęślą-", "jaźń"]);
}

#[test]
fn a_path_breaks_after_a_slash() {
    let lines = wrap_in_room_of("archiwum/wnioski/odnowienia", "archiwum/wnioski/odn");
    assert_eq!(lines, ["archiwum/wnioski/", "odnowienia"]);
    // No break before the digits of a number after a slash.
    let lines = wrap_in_room_of("wnioski/2026", "wnioski/20");
    assert_ne!(lines[0], "wnioski/");
}

#[test]
fn mandatory_breaks_start_new_lines() {
    let font = Font::bundled().unwrap();
    let wide = 400.0;
    assert_eq!(wrap(&font, "one\u{2028}two", 10.0, wide), ["one", "two"]);
    assert_eq!(wrap(&font, "one\rtwo", 10.0, wide), ["one", "two"]);
    assert_eq!(wrap(&font, "one\r\ntwo", 10.0, wide), ["one", "two"]);
    assert_eq!(
        wrap(&font, "one\n\ntwo\n", 10.0, wide),
        ["one", "", "two", ""],
        "each \\n is a line of its own, an empty one included"
    );
    assert_eq!(wrap(&font, "", 10.0, wide), [""]);
}

#[test]
fn spaces_at_a_break_are_not_drawn() {
    let font = Font::bundled().unwrap();
    let width = font
        .width("alpha beta", 10.0)
        .max(font.width("gamma delta", 10.0));
    let lines = wrap(&font, "alpha beta   gamma\tdelta ", 10.0, width);
    assert_eq!(lines, ["alpha beta", "gamma delta"]);
    for line in &lines {
        assert_eq!(line.trim_end(), line);
    }
    // The trailing spaces do not push a right-to-left line off its margin.
    let (text, right) = rtl_line(&font, "שלום   ");
    assert_eq!(text, "םולש");
    assert!((right - (PAGE_WIDTH - MARGIN)).abs() < 0.01, "{right}");
}

#[test]
fn a_hebrew_comparison_is_drawn_with_its_sign_mirrored() {
    let font = Font::bundled().unwrap();
    let mut document = Document::new("כותרת", Direction::Rtl);
    document.paragraph("גיל ≤ 18");
    let pages = Layout::run(&document, &font);
    let Item::Text { text, .. } = &pages[0][1] else {
        panic!("expected the paragraph line");
    };
    assert_eq!(text, "18 ≥ ליג");
}

#[test]
fn an_existing_file_is_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, b"keep").unwrap();
    let error = Document::new("T", Direction::Ltr).write(&path).unwrap_err();
    assert_eq!(error.code(), "io.file-exists");
    assert_eq!(std::fs::read(&path).unwrap(), b"keep");
}

#[test]
fn only_the_used_glyphs_are_embedded() {
    let mut document = Document::new("abc", Direction::Ltr);
    document.paragraph("abc");
    let bytes = document.render().unwrap();
    // DejaVu Sans is over 700 kB; a subset of a few glyphs is tiny.
    assert!(bytes.len() < 30_000, "{} bytes", bytes.len());
}

#[test]
fn empty_values_and_paragraphs_render() {
    let mut document = Document::new("Empty", Direction::Ltr);
    document
        .paragraph("")
        .key_values(&[("Organization", ""), ("", "value")])
        .signature_line("");
    let mut table = Table::new(&[("A", 1.0), ("B", 1.0)]);
    table.row(&["", ""]);
    document.table(table);
    let (_dir, path) = write_temp(&document);
    qpdf_check(&path);
    let mut rtl = Document::new("ריק", Direction::Rtl);
    rtl.paragraph("").key_values(&[("ארגון", "")]);
    write_temp(&rtl);
}
