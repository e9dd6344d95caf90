//! The one typeface of generated documents: DejaVu Sans, bundled with the
//! application (Bitstream Vera licence, see `fonts/LICENSE-DejaVu.txt`).
//!
//! DejaVu Sans covers Latin with the Polish and Italian diacritics, Cyrillic
//! and Hebrew in one face, so a document never falls back to a second font.
//! Only the glyphs a document uses are embedded (subset by `subsetter`).

use crate::{Error, Result};
use std::collections::BTreeMap;
use ttf_parser::{Face, GlyphId};

/// The bundled font file.
static DEJAVU_SANS: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");

/// PostScript name of the embedded subset; the six-letter tag marks a subset
/// as the PDF specification asks (9.6.4).
pub(crate) const SUBSET_NAME: &[u8] = b"SDSUBS+DejaVuSans";

/// Metrics and glyph lookup of the bundled font.
pub(crate) struct Font {
    face: Face<'static>,
    units_per_em: f32,
}

impl Font {
    /// Parses the bundled font.
    pub(crate) fn bundled() -> Result<Self> {
        let face = Face::parse(DEJAVU_SANS, 0).map_err(|error| Error::DocumentFont {
            reason: error.to_string(),
        })?;
        let units_per_em = f32::from(face.units_per_em());
        Ok(Self { face, units_per_em })
    }

    /// The glyph of a character; 0 (.notdef) when the font has none.
    pub(crate) fn glyph(&self, c: char) -> u16 {
        self.face.glyph_index(c).map_or(0, |glyph| glyph.0)
    }

    /// Advance of a glyph in thousandths of the font size (PDF text space).
    pub(crate) fn glyph_advance(&self, glyph: u16) -> f32 {
        let units = self.face.glyph_hor_advance(GlyphId(glyph)).unwrap_or(0);
        f32::from(units) * 1000.0 / self.units_per_em
    }

    /// Width of a string set at `size` points.
    pub(crate) fn width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .map(|c| self.glyph_advance(self.glyph(c)))
            .sum::<f32>()
            * size
            / 1000.0
    }

    /// Scales a font-unit value to thousandths of the font size.
    pub(crate) fn scale(&self, units: i16) -> f32 {
        f32::from(units) * 1000.0 / self.units_per_em
    }

    /// Ascender, descender, cap height and bounding box for the descriptor.
    pub(crate) fn descriptor_metrics(&self) -> DescriptorMetrics {
        let bbox = self.face.global_bounding_box();
        DescriptorMetrics {
            ascent: self.scale(self.face.ascender()),
            descent: self.scale(self.face.descender()),
            cap_height: self
                .face
                .capital_height()
                .map_or(700.0, |units| self.scale(units)),
            bbox: [
                self.scale(bbox.x_min),
                self.scale(bbox.y_min),
                self.scale(bbox.x_max),
                self.scale(bbox.y_max),
            ],
        }
    }

    /// Subsets the font to the given glyphs. Returns the font program and,
    /// for every original glyph, its id in the subset (the CID to show).
    pub(crate) fn subset(&self, glyphs: &[u16]) -> Result<(Vec<u8>, BTreeMap<u16, u16>)> {
        let mut remapper = subsetter::GlyphRemapper::new();
        // .notdef stays glyph 0, as every TrueType font requires.
        remapper.remap(0);
        let mut map = BTreeMap::new();
        for &glyph in glyphs {
            map.insert(glyph, remapper.remap(glyph));
        }
        let program =
            subsetter::subset(DEJAVU_SANS, 0, &remapper).map_err(|error| Error::DocumentFont {
                reason: error.to_string(),
            })?;
        Ok((program, map))
    }
}

/// Values of the PDF font descriptor, in thousandths of the font size.
pub(crate) struct DescriptorMetrics {
    pub(crate) ascent: f32,
    pub(crate) descent: f32,
    pub(crate) cap_height: f32,
    pub(crate) bbox: [f32; 4],
}
