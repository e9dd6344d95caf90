//! Contractors and their portal users, in the company acted on.

use super::Context;
use crate::locale::Language;
use crate::portal::import::{self, ImportReport};
use crate::portal::{
    self, Contractor, ContractorFields, PortalUser, PortalUserFields, PortalUserQuery,
};
use crate::Result;
use std::path::Path;

/// The company's contractors.
pub fn contractors(cx: &Context) -> Result<Vec<Contractor>> {
    portal::contractors(cx.store())
}

/// Adds a contractor.
pub fn add_contractor(cx: &Context, fields: &ContractorFields) -> Result<Contractor> {
    portal::add_contractor(cx.store(), fields, cx.now())
}

/// The portal users `query` asks for.
pub fn users(cx: &Context, query: &PortalUserQuery) -> Result<Vec<PortalUser>> {
    portal::users(cx.store(), query, cx.now())
}

/// Adds a portal user.
pub fn add_user(cx: &Context, fields: &PortalUserFields) -> Result<PortalUser> {
    portal::add_user(cx.store(), fields, cx.now())
}

/// Changes a portal user's name, e-mail and language.
pub fn update_user(
    cx: &Context,
    id: i64,
    name: &str,
    email: &str,
    lang: Language,
) -> Result<PortalUser> {
    portal::update_user(cx.store(), id, name, email, lang, cx.now())
}

/// Disables a portal user, or enables one again.
pub fn set_user_disabled(cx: &Context, id: i64, disabled: bool) -> Result<PortalUser> {
    portal::set_user_disabled(cx.store(), id, disabled, cx.now())
}

/// Imports the portal users of the CSV file at `path`: all or nothing.
pub fn import_users(cx: &Context, path: &Path) -> Result<ImportReport> {
    let bytes = import::read_file(path)?;
    import::import(cx.store(), &bytes, cx.now())
}
