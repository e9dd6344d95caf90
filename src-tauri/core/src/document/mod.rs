//! Documents SealDesk generates for the user to keep, sign or hand in:
//! a small PDF writer with one bundled font, and its bidirectional text.

mod error;
pub use error::DocumentError;
mod bidi;
mod font;
pub mod pdf;

pub use bidi::Direction;
pub use pdf::{Document, Table};
