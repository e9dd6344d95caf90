//! What can go wrong with batch renewal runs.

use std::path::PathBuf;

crate::declare_errors! {
    /// What can go wrong with batch renewal runs.
    #[non_exhaustive]
    pub enum RenewalError {
        /// A contact phone number that is not one.
        #[error("{value} is not a phone number: use digits, an optional leading +, spaces or dashes, 9 to 15 digits")]
        InvalidPhone {
            /// The phone number as given.
            value: String,
        } = "renewal.invalid-phone",
        /// Certificates whose e-mail is in a forbidden domain and was not corrected.
        #[error("the e-mail of these certificates is in a forbidden domain; give a new address for each: {certificates}")]
        ForbiddenEmail {
            /// `ID (address)` entries, comma-separated.
            certificates: String,
        } = "renewal.forbidden-email",
        /// A certificate that cannot be renewed by a run.
        #[error("certificate {id} cannot be renewed: {reason}")]
        NotRenewable {
            /// The certificate.
            id: i64,
            /// Why: `no-key`, `revoked`, `superseded`, `expired-long-ago`, `ca`, `planned`.
            reason: String,
        } = "renewal.not-renewable",
        /// A start date after the old certificate's expiry.
        #[error("the new certificate for {id} cannot start on {date}, after the old one expires")]
        StartAfterExpiry {
            /// The old certificate.
            id: i64,
            /// The start date asked for.
            date: String,
        } = "renewal.start-after-expiry",
        /// A plan without certificates.
        #[error("choose at least one certificate to renew")]
        NothingToRenew = "renewal.no-certificates",
        /// No renewal run with this id.
        #[error("there is no renewal run {id}")]
        RunNotFound {
            /// The run id asked for.
            id: i64,
        } = "renewal.run-not-found",
        /// An issued certificate that answers no request of a run.
        #[error("the certificate in {path} answers no renewal request")]
        NoMatch {
            /// The file.
            path: PathBuf,
        } = "renewal.no-match",
        /// A step asked of an item in a state that does not allow it.
        #[error("renewal of certificate {id} is {state}; this step is not possible now")]
        WrongState {
            /// The old certificate of the item.
            id: i64,
            /// The item's state.
            state: String,
        } = "renewal.wrong-state",
        /// Another process is running the same renewal run.
        #[error("renewal run {id} is being run by another SealDesk window or command; wait for it to finish")]
        RunBusy {
            /// The run.
            id: i64,
        } = "renewal.run-busy",
        /// A delivery method that does not exist.
        #[error("{method} is not a way to deliver requests; use export:FOLDER or mail:ADDRESS")]
        DeliveryUnsupported {
            /// The method asked for.
            method: String,
        } = "renewal.delivery-unsupported",
        /// A notification lists installed certificates, and the run has none yet.
        #[error("no new certificate of renewal run {id} is installed yet; import the issued certificates first")]
        NothingInstalled {
            /// The run.
            id: i64,
        } = "renewal.nothing-installed",
        /// A file imported as a receipt that does not name the item's request.
        #[error("{path} is not a receipt for the renewal request of certificate {id}")]
        NotAReceipt {
            /// The file.
            path: PathBuf,
            /// The old certificate of the item.
            id: i64,
        } = "renewal.not-a-receipt",
        /// A receipt file imported a second time.
        #[error("{path} was already imported as receipt {number}")]
        ReceiptDuplicate {
            /// The file.
            path: PathBuf,
            /// The receipt it was recorded as.
            number: i64,
        } = "renewal.receipt-duplicate",
        /// A notification format that is not one.
        #[error("{value} is not a notification format: use pdf or csv")]
        NotificationFormat {
            /// The format as given.
            value: String,
        } = "renewal.notification-format",
        /// A price set without an amount.
        #[error("type the amount, like 1234.50")]
        AmountRequired = "renewal.amount-required",
        /// A price set without naming the CA it is for.
        #[error("name the CA the price is for")]
        PriceCaRequired = "renewal.price-ca-required",
        /// An amount that is not a non-negative decimal with at most two
        /// fractional digits.
        #[error("{value} is not an amount: write it like 1234.50")]
        InvalidAmount {
            /// The amount as given.
            value: String,
        } = "renewal.invalid-amount",
        /// A currency that is not a three-letter ISO 4217 code.
        #[error("{value} is not a currency code: use three letters like UAH, PLN, EUR, ILS")]
        InvalidCurrency {
            /// The currency as given.
            value: String,
        } = "renewal.invalid-currency",
        /// No price set for this CA and term.
        #[error("there is no price for {ca} for {term_years} years")]
        PriceNotFound {
            /// The CA's name.
            ca: String,
            /// The term, in years.
            term_years: i64,
        } = "renewal.price-not-found",
        /// The phrase of a run is not in the OS credential store.
        #[error("the phrase for blocking by phone of renewal run {id} is not in the credential store")]
        PhraseMissing {
            /// The run.
            id: i64,
        } = "renewal.phrase-missing",
        /// A certificate that is not part of a run.
        #[error("certificate {id} is not part of renewal run {run}")]
        ItemNotFound {
            /// The run.
            run: i64,
            /// The certificate.
            id: i64,
        } = "renewal.item-not-found",
    }
}
