//! Visual order of one line of text (Unicode bidirectional algorithm).
//!
//! PDF text is drawn glyph after glyph from left to right, so a Hebrew line
//! must be put into visual order before it is shown. Hebrew needs no
//! contextual shaping, so reordering (with mirrored characters) is enough.

use icu_properties::props::BidiMirroringGlyph;
use icu_properties::CodePointMapData;
use unicode_bidi::{Level, ParagraphBidiInfo};

/// Direction of a paragraph: the base level for the bidi algorithm and the
/// side lines are aligned to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right, left-aligned (Latin, Cyrillic).
    Ltr,
    /// Right to left, right-aligned (Hebrew).
    Rtl,
}

/// Reorders one already broken line from logical to visual order.
pub(crate) fn visual(line: &str, direction: Direction) -> String {
    // unicode-bidi indexes the first level of a line and panics on an
    // empty one; an empty line has nothing to reorder anyway.
    if line.is_empty() {
        return String::new();
    }
    let level = match direction {
        Direction::Ltr => Level::ltr(),
        Direction::Rtl => Level::rtl(),
    };
    let info = ParagraphBidiInfo::new(line, Some(level));
    let (levels, runs) = info.visual_runs(0..line.len());
    let mut out = String::with_capacity(line.len());
    for run in runs {
        let text = &line[run.clone()];
        if levels[run.start].is_rtl() {
            out.extend(text.chars().rev().map(mirror));
        } else {
            out.push_str(text);
        }
    }
    out
}

/// The character drawn for `c` in a right-to-left run: its
/// Bidi_Mirroring_Glyph ('(' for ')', '≥' for '≤', '›' for '‹'), or `c`
/// itself when it has none (rule L4 of the bidi algorithm).
fn mirror(c: char) -> char {
    // The full Unicode table from icu_properties (already built for idna)
    // rather than a list of our own: documents quote whatever users typed,
    // and a short list silently leaves the rest of the pairs unmirrored.
    CodePointMapData::<BidiMirroringGlyph>::new()
        .get(c)
        .mirroring_glyph
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hebrew_is_reversed_and_numbers_keep_their_order() {
        // "שלום 123" in logical order becomes "123 םולש" on the page.
        assert_eq!(visual("שלום 123", Direction::Rtl), "123 םולש");
    }

    #[test]
    fn latin_in_a_hebrew_line_keeps_its_order() {
        assert_eq!(visual("מספר ABC", Direction::Rtl), "ABC רפסמ");
    }

    #[test]
    fn brackets_are_mirrored_in_right_to_left_runs() {
        assert_eq!(visual("(שלום)", Direction::Rtl), "(םולש)");
    }

    #[test]
    fn every_mirrored_pair_is_mirrored_not_only_brackets() {
        // "א ≤ ב": the comparison reads "alef is at most bet" right to left,
        // so on the page the sign must open towards the alef.
        assert_eq!(visual("א ≤ ב", Direction::Rtl), "ב ≥ א");
        assert_eq!(visual("‹שלום›", Direction::Rtl), "‹םולש›");
        assert_eq!(visual("⁅שלום⁆", Direction::Rtl), "⁅םולש⁆");
        assert_eq!(visual("שלום ∈ ∑", Direction::Rtl), "∑ ∋ םולש");
    }

    #[test]
    fn only_characters_in_right_to_left_runs_are_mirrored() {
        assert_eq!(visual("שלום a≤b", Direction::Rtl), "a≤b םולש");
        assert_eq!(visual("a ≤ b (c)", Direction::Ltr), "a ≤ b (c)");
    }

    #[test]
    fn characters_without_a_mirror_are_kept() {
        assert_eq!(mirror('א'), 'א');
        assert_eq!(mirror('-'), '-');
        // Bidi_Mirrored, but with no character that is its mirror image.
        assert_eq!(mirror('∑'), '∑');
        assert_eq!(mirror('≤'), '≥');
        assert_eq!(mirror('«'), '»');
    }

    #[test]
    fn left_to_right_text_is_unchanged() {
        assert_eq!(visual("Zażółć gęślą", Direction::Ltr), "Zażółć gęślą");
        assert_eq!(
            visual("Картка приєднання", Direction::Ltr),
            "Картка приєднання"
        );
    }
}
