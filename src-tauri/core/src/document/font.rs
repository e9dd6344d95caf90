//! The one typeface of generated documents: DejaVu Sans, bundled with the
//! application (Bitstream Vera licence, see `fonts/LICENSE-DejaVu.txt`).
//!
//! DejaVu Sans covers Latin with the Polish and Italian diacritics, Cyrillic
//! and Hebrew in one face, so a document never falls back to a second font.
//! Only the glyphs a document uses are embedded (subset by `subsetter`).

use crate::{Error, Result};
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::{GlyphMetrics, Metrics};
use skrifa::{FontRef, GlyphId, MetadataProvider};
use std::collections::BTreeMap;

/// The bundled font file.
static DEJAVU_SANS: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");

/// PostScript name of the embedded subset; the six-letter tag marks a subset
/// as the PDF specification asks (9.6.4).
pub(crate) const SUBSET_NAME: &[u8] = b"SDSUBS+DejaVuSans";

/// Metrics and glyph lookup of the bundled font.
pub(crate) struct Font {
    charmap: skrifa::charmap::Charmap<'static>,
    glyph_metrics: GlyphMetrics<'static>,
    metrics: Metrics,
    units_per_em: f32,
}

impl Font {
    /// Parses the bundled font.
    pub(crate) fn bundled() -> Result<Self> {
        let font = FontRef::new(DEJAVU_SANS).map_err(|error| {
            Error::Document(crate::DocumentError::Font {
                reason: error.to_string(),
            })
        })?;
        // Unscaled: every metric in font units, scaled here to text space.
        let metrics = font.metrics(Size::unscaled(), LocationRef::default());
        if metrics.units_per_em == 0 {
            return Err(Error::Document(crate::DocumentError::Font {
                reason: "the font has no units per em".into(),
            }));
        }
        Ok(Self {
            charmap: font.charmap(),
            glyph_metrics: font.glyph_metrics(Size::unscaled(), LocationRef::default()),
            units_per_em: f32::from(metrics.units_per_em),
            metrics,
        })
    }

    /// The glyph of a character; 0 (.notdef) when the font has none.
    pub(crate) fn glyph(&self, c: char) -> u16 {
        self.charmap
            .map(c)
            .and_then(|glyph| u16::try_from(glyph.to_u32()).ok())
            .unwrap_or(0)
    }

    /// Advance of a glyph in thousandths of the font size (PDF text space).
    pub(crate) fn glyph_advance(&self, glyph: u16) -> f32 {
        let units = self
            .glyph_metrics
            .advance_width(GlyphId::new(u32::from(glyph)))
            .unwrap_or(0.0);
        self.scale(units)
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
    pub(crate) fn scale(&self, units: f32) -> f32 {
        units * 1000.0 / self.units_per_em
    }

    /// Ascender, descender, cap height and bounding box for the descriptor.
    pub(crate) fn descriptor_metrics(&self) -> DescriptorMetrics {
        let metrics = &self.metrics;
        let bbox = metrics.bounds.unwrap_or_default();
        DescriptorMetrics {
            ascent: self.scale(metrics.ascent),
            descent: self.scale(metrics.descent),
            cap_height: metrics.cap_height.map_or(700.0, |units| self.scale(units)),
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
        let program = subsetter::subset(DEJAVU_SANS, 0, &remapper).map_err(|error| {
            Error::Document(crate::DocumentError::Font {
                reason: error.to_string(),
            })
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
