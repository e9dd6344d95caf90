//! Batch renewal of director certificates: a run plans which certificates to
//! renew and how, then forms for each a new key, a PKCS#10 request with the
//! same subject signed by that key, and a request envelope signed by the old
//! certificate; the envelopes are delivered, receipts noted, and the issued
//! certificates installed when they come back.
//!
//! Every step of an item is its own transaction and files are written
//! before the step that names them commits, so a run stopped at any point
//! resumes without losing a key or forming a request twice.

mod error;
pub use error::RenewalError;
pub mod cancel;
pub mod candidates;
pub mod card;
pub mod document_text;
pub mod envelope;
pub mod expiring;
pub mod file_name;
pub mod mailing;
pub mod matching;
pub mod notification;
pub mod phrase;
pub mod plan;
pub mod preview;
pub mod prices;
pub mod receipt_file;
pub mod request;
pub mod run;
pub mod states;
pub mod view;

pub use cancel::cancel;
pub use candidates::{candidates, Candidate};
pub use card::{sign_card, SignedCard};
pub use expiring::{expiring, Expiring, ExpiringFilter};
pub use matching::import;
pub use notification::{Notification, NotificationFormat};
pub use plan::{plan, PlanRequest, Term};
pub use preview::{preview, PlanPreview, PreviewItem, PreviewRequest};
pub use receipt_file::import_receipt;
pub use run::{retry, run, Delivery};
pub use states::ItemState;
pub use view::{
    list_runs, receipt, show_run, Delivered, ItemActions, ItemView, RunActions, RunView, StateCount,
};

#[cfg(test)]
mod tests;
