//! Contractors and their portal users in the company open: the table with
//! its search, adding and changing users, and the CSV import whose report
//! names each bad line. What is valid is decided in the core.

use sealdesk_core::actions::portal_users;
use sealdesk_core::locale::Language;
use sealdesk_core::portal::import::ImportReport;
use sealdesk_core::portal::{
    Contractor, ContractorFields, PortalUser, PortalUserFields, PortalUserQuery,
};
use std::path::PathBuf;

use_case_commands! {
    fn list_contractors() -> Vec<Contractor> = act(portal_users::contractors);
    fn add_contractor(fields: ContractorFields) -> Contractor =
        act(|cx| portal_users::add_contractor(cx, &fields));
    fn list_portal_users(query: PortalUserQuery) -> Vec<PortalUser> =
        act(|cx| portal_users::users(cx, &query));
    fn add_portal_user(fields: PortalUserFields) -> PortalUser =
        act(|cx| portal_users::add_user(cx, &fields));
    fn update_portal_user(id: i64, name: String, email: String, lang: Language) -> PortalUser =
        act(|cx| portal_users::update_user(cx, id, &name, &email, lang));
    fn set_portal_user_disabled(id: i64, disabled: bool) -> PortalUser =
        act(|cx| portal_users::set_user_disabled(cx, id, disabled));
    fn import_portal_users(path: PathBuf) -> ImportReport =
        act(|cx| portal_users::import_users(cx, &path));
}
