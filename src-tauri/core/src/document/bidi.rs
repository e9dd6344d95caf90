//! Visual order of one line of text (Unicode bidirectional algorithm).
//!
//! PDF text is drawn glyph after glyph from left to right, so a Hebrew line
//! must be put into visual order before it is shown. Hebrew needs no
//! contextual shaping, so reordering (with mirrored brackets) is enough.

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

/// The mirrored form of a paired punctuation character in a right-to-left
/// run (Unicode Bidi_Mirroring_Glyph for the characters documents use).
fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        other => other,
    }
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
    fn left_to_right_text_is_unchanged() {
        assert_eq!(visual("Zażółć gęślą", Direction::Ltr), "Zażółć gęślą");
        assert_eq!(
            visual("Картка приєднання", Direction::Ltr),
            "Картка приєднання"
        );
    }
}
