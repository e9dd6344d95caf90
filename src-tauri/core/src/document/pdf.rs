//! A small PDF writer for the documents SealDesk generates (accession cards,
//! notifications): A4 pages with a title, paragraphs, key/value tables,
//! multi-column tables that break across pages, and signature lines.
//!
//! Objects are written with `pdf-writer`; the text is set in the bundled
//! DejaVu Sans, embedded as a subset (a CID font with Identity-H encoding)
//! with a ToUnicode map so that the text can be searched and extracted.
//! Right-to-left documents (Hebrew) are right-aligned, their tables mirrored,
//! and every line put into visual order before it is drawn.

use super::bidi::{self, Direction};
use super::font::{Font, SUBSET_NAME};
use crate::atomic_file::{self, Access};
use crate::Result;
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;

/// A4 in points.
const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
const MARGIN: f32 = 56.0;
const TITLE_SIZE: f32 = 15.0;
const HEADING_SIZE: f32 = 12.0;
const BODY_SIZE: f32 = 10.0;
const TABLE_SIZE: f32 = 8.0;
const FOOTER_SIZE: f32 = 8.0;
/// Line height as a multiple of the font size.
const LEADING: f32 = 1.35;
/// Inner padding of table cells.
const CELL_PAD: f32 = 3.0;
/// Share of the width given to the key column of a key/value table.
const KEY_SHARE: f32 = 0.38;
const FONT_RESOURCE: Name<'static> = Name(b"F1");

/// A document to render: blocks laid out one after the other.
#[derive(Debug, Clone)]
pub struct Document {
    title: String,
    direction: Direction,
    blocks: Vec<Block>,
}

/// One block of a [`Document`].
#[derive(Debug, Clone)]
enum Block {
    Heading(String),
    Paragraph(String),
    KeyValues(Vec<(String, String)>),
    Table(Table),
    Signature(String),
    Space(f32),
}

/// A table with a header row, repeated at the top of every page it spans.
#[derive(Debug, Clone)]
pub struct Table {
    headers: Vec<String>,
    weights: Vec<f32>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table whose columns have the given headers and relative widths.
    pub fn new(columns: &[(&str, f32)]) -> Self {
        Self {
            headers: columns.iter().map(|(h, _)| (*h).to_owned()).collect(),
            weights: columns.iter().map(|(_, w)| w.max(0.01)).collect(),
            rows: Vec::new(),
        }
    }

    /// Appends a row; missing cells are left empty, extra cells ignored.
    pub fn row<S: AsRef<str>>(&mut self, cells: &[S]) -> &mut Self {
        let mut row: Vec<String> = cells
            .iter()
            .take(self.headers.len())
            .map(|c| c.as_ref().to_owned())
            .collect();
        row.resize(self.headers.len(), String::new());
        self.rows.push(row);
        self
    }
}

impl Document {
    /// A document whose first page starts with `title`. The title is also
    /// the document's metadata title.
    pub fn new(title: &str, direction: Direction) -> Self {
        Self {
            title: title.to_owned(),
            direction,
            blocks: Vec::new(),
        }
    }

    /// A section heading.
    pub fn heading(&mut self, text: &str) -> &mut Self {
        self.blocks.push(Block::Heading(text.to_owned()));
        self
    }

    /// A paragraph, wrapped to the page width; `\n` starts a new line.
    pub fn paragraph(&mut self, text: &str) -> &mut Self {
        self.blocks.push(Block::Paragraph(text.to_owned()));
        self
    }

    /// A two-column table of labels and values.
    pub fn key_values<K: AsRef<str>, V: AsRef<str>>(&mut self, pairs: &[(K, V)]) -> &mut Self {
        self.blocks.push(Block::KeyValues(
            pairs
                .iter()
                .map(|(k, v)| (k.as_ref().to_owned(), v.as_ref().to_owned()))
                .collect(),
        ));
        self
    }

    /// A multi-column table.
    pub fn table(&mut self, table: Table) -> &mut Self {
        self.blocks.push(Block::Table(table));
        self
    }

    /// A labelled line to sign on by hand or to mark the place of the
    /// electronic signature.
    pub fn signature_line(&mut self, label: &str) -> &mut Self {
        self.blocks.push(Block::Signature(label.to_owned()));
        self
    }

    /// Vertical space in points.
    pub fn space(&mut self, points: f32) -> &mut Self {
        self.blocks.push(Block::Space(points));
        self
    }

    /// Renders the document to PDF bytes.
    pub fn render(&self) -> Result<Vec<u8>> {
        let font = Font::bundled()?;
        let pages = Layout::run(self, &font);
        write_pdf(&self.title, &pages, &font)
    }

    /// Renders the document and writes it to a new file at `path`
    /// atomically; an existing file is never replaced. Generated documents
    /// carry personal data, so the file is readable by its owner only.
    pub fn write(&self, path: &Path) -> Result<()> {
        let bytes = self.render()?;
        atomic_file::write_new(path, &bytes, Access::Private)
    }
}

/// Something drawn on a page, in page coordinates (origin bottom left).
#[derive(Debug, Clone)]
enum Item {
    /// Text in visual order, its left edge at `x`, baseline at `y`.
    Text {
        x: f32,
        y: f32,
        size: f32,
        text: String,
    },
    /// A thin line.
    Rule { x1: f32, y1: f32, x2: f32, y2: f32 },
}

/// Flows blocks onto pages.
struct Layout<'a> {
    font: &'a Font,
    direction: Direction,
    pages: Vec<Vec<Item>>,
    /// Top of the free space on the current page.
    y: f32,
}

impl<'a> Layout<'a> {
    fn run(document: &Document, font: &'a Font) -> Vec<Vec<Item>> {
        let mut layout = Layout {
            font,
            direction: document.direction,
            pages: vec![Vec::new()],
            y: PAGE_HEIGHT - MARGIN,
        };
        layout.lines(&document.title, TITLE_SIZE, MARGIN, content_width());
        layout.y -= TITLE_SIZE * 0.6;
        for block in &document.blocks {
            match block {
                Block::Heading(text) => {
                    layout.y -= HEADING_SIZE * 0.5;
                    layout.ensure(HEADING_SIZE * LEADING * 2.0);
                    layout.lines(text, HEADING_SIZE, MARGIN, content_width());
                    layout.y -= HEADING_SIZE * 0.2;
                }
                Block::Paragraph(text) => {
                    layout.lines(text, BODY_SIZE, MARGIN, content_width());
                    layout.y -= BODY_SIZE * 0.5;
                }
                Block::KeyValues(pairs) => layout.key_values(pairs),
                Block::Table(table) => layout.table(table),
                Block::Signature(label) => layout.signature(label),
                Block::Space(points) => layout.y -= points.max(0.0),
            }
        }
        layout.footers();
        layout.pages
    }

    fn page(&mut self) -> &mut Vec<Item> {
        // `pages` always holds at least the first page.
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Starts a new page when less than `height` points are left.
    fn ensure(&mut self, height: f32) -> bool {
        if self.y - height < MARGIN + FOOTER_SIZE * 2.0 {
            self.pages.push(Vec::new());
            self.y = PAGE_HEIGHT - MARGIN;
            true
        } else {
            false
        }
    }

    /// Draws one line in the box `[left, left + width]`, aligned to the
    /// reading side of the document.
    fn line(&mut self, text: &str, size: f32, left: f32, width: f32, baseline: f32) {
        let visual = bidi::visual(text, self.direction);
        let line_width = self.font.width(&visual, size);
        let x = match self.direction {
            Direction::Ltr => left,
            Direction::Rtl => left + width - line_width,
        };
        if !visual.trim().is_empty() {
            self.page().push(Item::Text {
                x,
                y: baseline,
                size,
                text: visual,
            });
        }
    }

    /// Wraps and draws a paragraph, breaking pages between lines.
    fn lines(&mut self, text: &str, size: f32, left: f32, width: f32) {
        for line in wrap(self.font, text, size, width) {
            self.ensure(size * LEADING);
            self.y -= size * LEADING;
            self.line(&line, size, left, width, self.y + size * (LEADING - 1.0));
        }
    }

    fn rule(&mut self, x1: f32, y1: f32, x2: f32, y2: f32) {
        self.page().push(Item::Rule { x1, y1, x2, y2 });
    }

    /// Cells of one row: (left edge, width) of each column in logical order,
    /// mirrored for right-to-left documents.
    fn columns(&self, weights: &[f32]) -> Vec<(f32, f32)> {
        let total: f32 = weights.iter().sum();
        let mut x = MARGIN;
        let mut cells: Vec<(f32, f32)> = weights
            .iter()
            .map(|w| {
                let width = content_width() * w / total;
                let cell = (x, width);
                x += width;
                cell
            })
            .collect();
        if self.direction == Direction::Rtl {
            let lefts: Vec<f32> = cells.iter().rev().map(|c| c.0).collect();
            let widths: Vec<f32> = cells.iter().map(|c| c.1).collect();
            // Column i of a right-to-left table starts where the mirrored
            // column would end.
            let mut right = MARGIN + content_width();
            for (cell, width) in cells.iter_mut().zip(widths) {
                right -= width;
                *cell = (right, width);
            }
            debug_assert_eq!(lefts.len(), cells.len());
        }
        cells
    }

    /// Draws one table row; returns false when it had to move to a new page
    /// first (so that a table can repeat its header).
    fn row(&mut self, cells: &[String], columns: &[(f32, f32)], size: f32) -> bool {
        let wrapped: Vec<Vec<String>> = cells
            .iter()
            .zip(columns)
            .map(|(cell, (_, width))| wrap(self.font, cell, size, width - 2.0 * CELL_PAD))
            .collect();
        let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let height = lines as f32 * size * LEADING + 2.0 * CELL_PAD;
        let broke = self.ensure(height);
        let top = self.y;
        for (cell_lines, &(left, width)) in wrapped.iter().zip(columns) {
            for (index, text) in cell_lines.iter().enumerate() {
                let baseline =
                    top - CELL_PAD - (index as f32 + 1.0) * size * LEADING + size * (LEADING - 1.0);
                self.line(
                    text,
                    size,
                    left + CELL_PAD,
                    width - 2.0 * CELL_PAD,
                    baseline,
                );
            }
        }
        self.y -= height;
        self.rule(MARGIN, self.y, MARGIN + content_width(), self.y);
        !broke
    }

    fn key_values(&mut self, pairs: &[(String, String)]) {
        let columns = self.columns(&[KEY_SHARE, 1.0 - KEY_SHARE]);
        let top = self.y;
        self.rule(MARGIN, top, MARGIN + content_width(), top);
        for (key, value) in pairs {
            self.row(&[key.clone(), value.clone()], &columns, BODY_SIZE);
        }
        self.y -= BODY_SIZE * 0.8;
    }

    fn table(&mut self, table: &Table) {
        let columns = self.columns(&table.weights);
        self.ensure(TABLE_SIZE * LEADING * 4.0);
        self.header(&table.headers, &columns);
        for row in &table.rows {
            let page_before = self.pages.len();
            self.row(row, &columns, TABLE_SIZE);
            if self.pages.len() != page_before {
                // The row moved to a new page: undo it there, repeat the
                // header, and draw the row again below it.
                let page = self.page();
                page.clear();
                self.y = PAGE_HEIGHT - MARGIN;
                self.header(&table.headers, &columns);
                self.row(row, &columns, TABLE_SIZE);
            }
        }
        self.y -= BODY_SIZE * 0.8;
    }

    fn header(&mut self, headers: &[String], columns: &[(f32, f32)]) {
        let top = self.y;
        self.rule(MARGIN, top, MARGIN + content_width(), top);
        self.row(headers, columns, TABLE_SIZE);
        let y = self.y;
        // A double rule under the header.
        self.rule(MARGIN, y - 1.0, MARGIN + content_width(), y - 1.0);
        self.y -= 1.0;
    }

    fn signature(&mut self, label: &str) {
        self.ensure(BODY_SIZE * LEADING * 5.0);
        self.y -= BODY_SIZE * LEADING * 3.0;
        let width = content_width() * 0.45;
        let left = match self.direction {
            Direction::Ltr => MARGIN,
            Direction::Rtl => MARGIN + content_width() - width,
        };
        self.rule(left, self.y, left + width, self.y);
        self.y -= BODY_SIZE * LEADING;
        self.line(label, BODY_SIZE, left, width, self.y + BODY_SIZE * 0.3);
        self.y -= BODY_SIZE;
    }

    /// "n / N" at the bottom centre of every page.
    fn footers(&mut self) {
        let total = self.pages.len();
        for (index, page) in self.pages.iter_mut().enumerate() {
            let text = format!("{} / {}", index + 1, total);
            let width = self.font.width(&text, FOOTER_SIZE);
            page.push(Item::Text {
                x: (PAGE_WIDTH - width) / 2.0,
                y: MARGIN - FOOTER_SIZE,
                size: FOOTER_SIZE,
                text,
            });
        }
    }
}

fn content_width() -> f32 {
    PAGE_WIDTH - 2.0 * MARGIN
}

/// Breaks logical text into lines no wider than `width` at `size`.
///
/// Lines break where the Unicode line breaking algorithm (UAX #14) allows:
/// after spaces, after a hyphen inside a word, after a slash in a path, but
/// not before punctuation or inside a number. A break the algorithm makes
/// mandatory (each `\n`, and also CR, NEL or U+2028) always starts a new
/// line. A word that alone is too wide (long fingerprints, serial numbers)
/// is split by characters. Spaces left at the end of a line are not part of
/// it, so they neither count towards its width nor shift its alignment.
fn wrap(font: &Font, text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    // `\n` is split off first so an empty line between two `\n` stays an
    // empty line, as it always has.
    for paragraph in text.split('\n') {
        wrap_paragraph(font, paragraph, size, width, &mut lines);
    }
    lines
}

fn wrap_paragraph(font: &Font, paragraph: &str, size: f32, width: f32, lines: &mut Vec<String>) {
    // The font has no tab glyph; a tab is drawn as the space it stood for.
    // Both are one byte, so the break positions below stay valid.
    let paragraph = paragraph.replace('\t', " ");
    let fits = |line: &str| font.width(line.trim_end(), size) <= width;
    let mut line = String::new();
    let mut start = 0;
    // unicode-linebreak (UAX #14, the breaker textwrap and cosmic-text use)
    // rather than splitting at whitespace by hand: it knows where else a
    // line may break and which breaks are forced.
    for (end, opportunity) in unicode_linebreak::linebreaks(&paragraph) {
        let Some(segment) = paragraph.get(start..end) else {
            break;
        };
        start = end;
        let before = line.len();
        line.push_str(segment);
        if !fits(&line) {
            line.truncate(before);
            if line.trim_end().is_empty() {
                // Only indentation so far: the segment starts the line.
                line.clear();
            } else {
                lines.push(finish(&mut line));
            }
            if fits(segment) {
                line.push_str(segment);
            } else {
                split_by_characters(font, segment, size, width, &mut line, lines);
            }
        }
        if opportunity == unicode_linebreak::BreakOpportunity::Mandatory && end < paragraph.len() {
            lines.push(finish(&mut line));
        }
    }
    lines.push(finish(&mut line));
}

/// Takes the finished line out of `line`, without its trailing spaces.
fn finish(line: &mut String) -> String {
    let text = line.trim_end().to_owned();
    line.clear();
    text
}

/// Adds a segment too wide for any line to `line` character by character,
/// closing each line that is full. A combining mark stays with the
/// character before it even if that leaves the line a mark too wide, and a
/// line holds at least one character even when that character alone is
/// wider than `width`.
fn split_by_characters(
    font: &Font,
    segment: &str,
    size: f32,
    width: f32,
    line: &mut String,
    lines: &mut Vec<String>,
) {
    use unicode_linebreak::{break_property, BreakClass};
    for c in segment.chars() {
        let before = line.len();
        line.push(c);
        let attached = matches!(
            break_property(u32::from(c)),
            BreakClass::CombiningMark | BreakClass::ZeroWidthJoiner
        );
        if font.width(line.trim_end(), size) > width && before > 0 && !attached {
            line.truncate(before);
            lines.push(finish(line));
            line.push(c);
        }
    }
}

/// Serialises laid-out pages with the embedded font subset.
fn write_pdf(title: &str, pages: &[Vec<Item>], font: &Font) -> Result<Vec<u8>> {
    // Every glyph the pages show.
    let glyphs: BTreeSet<u16> = pages
        .iter()
        .flatten()
        .filter_map(|item| match item {
            Item::Text { text, .. } => Some(text.chars().map(|c| font.glyph(c))),
            Item::Rule { .. } => None,
        })
        .flatten()
        .collect();
    let glyph_list: Vec<u16> = glyphs.iter().copied().collect();
    let (program, cids) = font.subset(&glyph_list)?;

    let mut next = 1;
    let mut alloc = || {
        let id = Ref::new(next);
        next += 1;
        id
    };
    let catalog_id = alloc();
    let tree_id = alloc();
    let info_id = alloc();
    let type0_id = alloc();
    let cid_font_id = alloc();
    let descriptor_id = alloc();
    let program_id = alloc();
    let cmap_id = alloc();
    let page_ids: Vec<(Ref, Ref)> = pages.iter().map(|_| (alloc(), alloc())).collect();

    let mut pdf = Pdf::new();
    pdf.catalog(catalog_id).pages(tree_id);
    pdf.pages(tree_id)
        .kids(page_ids.iter().map(|(page, _)| *page))
        .count(page_ids.len() as i32);
    pdf.document_info(info_id)
        .title(TextStr(title))
        .producer(TextStr("SealDesk"));

    for (items, &(page_id, content_id)) in pages.iter().zip(&page_ids) {
        let mut page = pdf.page(page_id);
        page.media_box(Rect::new(0.0, 0.0, PAGE_WIDTH, PAGE_HEIGHT));
        page.parent(tree_id);
        page.contents(content_id);
        page.resources().fonts().pair(FONT_RESOURCE, type0_id);
        page.finish();

        let mut content = Content::new();
        content.set_line_width(0.4);
        content.set_stroke_gray(0.55);
        for item in items {
            match item {
                Item::Rule { x1, y1, x2, y2 } => {
                    content.move_to(*x1, *y1).line_to(*x2, *y2).stroke();
                }
                Item::Text { x, y, size, text } => {
                    let codes: Vec<u8> = text
                        .chars()
                        .flat_map(|c| {
                            let cid = cids.get(&font.glyph(c)).copied().unwrap_or(0);
                            cid.to_be_bytes()
                        })
                        .collect();
                    content
                        .begin_text()
                        .set_font(FONT_RESOURCE, *size)
                        .next_line(*x, *y)
                        .show(Str(&codes))
                        .end_text();
                }
            }
        }
        let data = deflate(&content.finish())?;
        pdf.stream(content_id, &data).filter(Filter::FlateDecode);
    }

    let system_info = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };
    pdf.type0_font(type0_id)
        .base_font(Name(SUBSET_NAME))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_font_id)
        .to_unicode(cmap_id);

    let mut widths: Vec<(u16, f32)> = cids
        .iter()
        .map(|(&glyph, &cid)| (cid, font.glyph_advance(glyph)))
        .collect();
    widths.sort_by_key(|(cid, _)| *cid);
    let mut cid_font = pdf.cid_font(cid_font_id);
    cid_font
        .subtype(CidFontType::Type2)
        .base_font(Name(SUBSET_NAME))
        .system_info(system_info)
        .font_descriptor(descriptor_id)
        .default_width(0.0)
        .cid_to_gid_map_predefined(Name(b"Identity"));
    {
        let mut w = cid_font.widths();
        for (cid, width) in &widths {
            w.consecutive(*cid, [*width]);
        }
    }
    cid_font.finish();

    let metrics = font.descriptor_metrics();
    pdf.font_descriptor(descriptor_id)
        .name(Name(SUBSET_NAME))
        .flags(FontFlags::NON_SYMBOLIC)
        .bbox(Rect::new(
            metrics.bbox[0],
            metrics.bbox[1],
            metrics.bbox[2],
            metrics.bbox[3],
        ))
        .italic_angle(0.0)
        .ascent(metrics.ascent)
        .descent(metrics.descent)
        .cap_height(metrics.cap_height)
        .stem_v(80.0)
        .font_file2(program_id);
    let compressed = deflate(&program)?;
    pdf.stream(program_id, &compressed)
        .filter(Filter::FlateDecode)
        .pair(Name(b"Length1"), program.len() as i32);

    // ToUnicode: each subset glyph back to the character it was chosen for.
    let mut cmap = pdf_writer::types::UnicodeCmap::new(Name(b"Custom"), system_info);
    let mut seen = BTreeSet::new();
    for text in pages.iter().flatten().filter_map(|item| match item {
        Item::Text { text, .. } => Some(text),
        Item::Rule { .. } => None,
    }) {
        for c in text.chars() {
            let cid = cids.get(&font.glyph(c)).copied().unwrap_or(0);
            if cid != 0 && seen.insert(cid) {
                cmap.pair(cid, c);
            }
        }
    }
    let cmap_data = cmap.finish();
    pdf.cmap(cmap_id, &cmap_data);

    // A stable file identifier derived from the content, so that the same
    // document renders to the same bytes.
    let mut hasher = Sha256::new();
    hasher.update(title.as_bytes());
    for item in pages.iter().flatten() {
        if let Item::Text { text, .. } = item {
            hasher.update(text.as_bytes());
        }
    }
    let id = hasher.finalize()[..16].to_vec();
    pdf.set_file_id((id.clone(), id));
    Ok(pdf.finish())
}

fn deflate(data: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    encoder
        .write_all(data)
        .and_then(|()| encoder.finish())
        .map_err(|e| {
            crate::Error::Document(crate::DocumentError::Font {
                reason: e.to_string(),
            })
        })
}

#[cfg(test)]
mod tests;
