//! Every command that opens the store acts as a signed-in operator.

use crate::args::OperatorArgs;
use crate::output::Failure;
use crate::secret;
use sealdesk_core::actions::{session, Gate, Scope};
use sealdesk_core::{CompanyError, Error, Store};
use std::path::{Path, PathBuf};

/// The environment variable naming the operator's password file, for a
/// session that runs many commands.
pub const PASSWORD_FILE_VAR: &str = "SEALDESK_OPERATOR_PASSWORD_FILE";

/// Opens the store in `data_dir` and signs the operator of `args` in; a
/// missing password is refused before anything else is done.
pub fn open(args: &OperatorArgs, data_dir: &Path) -> Result<(Store, Scope), Failure> {
    let store = Store::open_existing(data_dir)?;
    let scope = scope(args, &store)?;
    Ok((store, scope))
}

/// Signs the operator of `args` in on `store`.
pub fn scope(args: &OperatorArgs, store: &Store) -> Result<Scope, Failure> {
    let file = match (&args.operator_password_file, &args.operator_password_env) {
        (None, None) => file_from_environment(),
        (file, _) => file.clone(),
    };
    let password = secret::optional(&file, &args.operator_password_env)?.ok_or_else(|| {
        Error::Company(CompanyError::AuthRequired {
            login: args.login.clone(),
        })
    })?;
    Ok(session::sign_in(
        &Gate::new(store),
        &args.login,
        &password,
        args.company.as_deref(),
    )?)
}

/// The file [`PASSWORD_FILE_VAR`] names; an empty value names none.
fn file_from_environment() -> Option<PathBuf> {
    std::env::var_os(PASSWORD_FILE_VAR)
        .filter(|value| !value.is_empty())
        .map(PathBuf::from)
}
