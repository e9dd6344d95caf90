//! Companies and operators: who is signed in, the administrator's switch
//! to another company, and the companies and operators the administrator
//! manages. Whether the actor may do each is decided in the core.
//!
//! Adding an operator hashes the password (Argon2), so it runs on a worker
//! thread and the window keeps answering meanwhile.

use crate::state::{act, AppState};
use sealdesk_core::actions::companies::{self, CompanyRequest, CompanyRow};
use sealdesk_core::actions::session::{self, SignedIn};
use sealdesk_core::company::operator::Operator;
use sealdesk_core::company::Company;
use sealdesk_core::error::ErrorPayload;
use sealdesk_core::secret::Secret;
use tauri::{AppHandle, State};

use_case_commands! {
    fn signed_in() -> SignedIn = act(session::signed_in);
    fn list_companies() -> Vec<CompanyRow> = act(companies::list);
    fn create_company(code: String, request: CompanyRequest) -> Company =
        act(|cx| companies::create(cx, &code, &request));
    fn update_company(code: String, request: CompanyRequest) -> Company =
        act(|cx| companies::update(cx, &code, &request));
    fn list_operators() -> Vec<Operator> = act(companies::operators);
    fn add_operator(login: String, name: String, password: Secret) -> Operator =
        on_worker(move |cx| companies::add_operator(cx, &login, &name, &password));
}

/// Opens company `code` for the rest of the session (the administrator's
/// switch; an operator's own company is the only one it finds). The window
/// asks `signed_in` afterwards and reloads what it shows.
#[tauri::command]
pub fn open_company(
    app: AppHandle,
    state: State<'_, AppState>,
    code: String,
) -> Result<(), ErrorPayload> {
    let scope = act(&state, |cx| session::open_company(cx, &code))?;
    state.switch_scope(scope);
    // The outbox loop delivers the open company's messages: it starts
    // again for the company now open.
    state.stop_outbox();
    state.start_outbox(&app);
    Ok(())
}
