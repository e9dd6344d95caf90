# SealDesk user interface, English (the reference language).
# Every message here must exist in each of: pl, he, it, ru, uk.

app-name = SealDesk
app-tagline = Signing certificates, company seal and signed mail on one workstation

## Languages (each written in its own language in every file)

language-en = English
language-pl = Polski
language-he = עברית
language-it = Italiano
language-ru = Русский
language-uk = Українська

## Common actions

action-back = Back
action-next = Next
action-cancel = Cancel
action-dismiss = No, go back
action-continue = Continue
action-close = Close
action-retry = Try again
action-lock = Lock
action-print = Print
action-save = Save

## Navigation

nav-label = Main menu
nav-identities = Identities
nav-seal = Seal & certificates
nav-verify = Verify
nav-documents = Documents
nav-mail = Mail
nav-renewal = Renewal
nav-companies = Companies
nav-portal = Portal users
nav-settings = Settings
shell-signed-in = Signed in
shell-actor-administrator = { $name }, administrator
shell-actor-operator = { $name } ({ $login })
shell-company = Company

## Companies and operators

companies-title = Companies
companies-intro = Each company keeps its own seals, certificates, mail settings and history. Its operators see that company only. Open another company in the sidebar.
companies-intro-operator = You act on this company only.
companies-col-code = Code
companies-col-name = Name
companies-col-country = Country
companies-col-quota = Quota
companies-col-active = Active certificates
companies-col-actions = Actions
companies-quota-none = no limit
companies-open = open now
companies-add = Add company
companies-edit = Edit
companies-edit-of = Edit { $name }
company-dialog-add-title = New company
company-dialog-edit-title = Company { $code }
company-name = Name
company-code = Code
company-code-hint = 1 to 32 Latin letters, digits, “-” or “_”. The portal reads it from the certificates, so it cannot be changed later.
company-code-fixed = The code cannot be changed: the company’s certificates carry it.
company-country = Country (two letters)
company-business-id = Business identifier
company-business-id-hint = Optional. Checked by the country’s rule as you type.
company-business-id-valid = Valid. In certificates: { $value }
company-language = Language of its mail and documents
company-language-none = Not set
company-quota = Quota of active certificates
company-quota-hint = Leave it empty for no limit. Only active certificates count.
company-cert-folder = Folder for copies of issued certificates
company-cert-folder-hint = Optional. A copy of each PKCS#12 file issued for this company is kept here.
company-monthly-folders = Keep the copies in a subfolder per month (YYYY-MM)
company-publication-url = Publication address
company-publication-url-hint = Optional. Where the seal’s certificate and revocation list are published.
company-create = Add company
company-save = Save
company-created = Company { $code } ({ $name }) added. Open it in the sidebar to add its operators.
company-saved = Company { $code } ({ $name }) saved.
validation-quota-number = Enter the quota as a whole number, or leave it empty for no limit.
operators-title = Operators of { $company }
operators-intro = An operator signs in with their own login and password and acts on this company only. The administrator signs in as “admin”.
operators-none = This company has no operators yet.
operators-col-login = Login
operators-col-name = Name
operators-col-state = State
operator-active = Active
operator-disabled = Disabled
operators-add = Add operator
operator-dialog-title = New operator of { $company }
operator-login = Login
operator-login-hint = Letters, digits, “.”, “-”, “_” or “@”.
operator-name = Full name
operator-password = Password
operator-password-confirm = Repeat the password
operator-add = Add operator
operator-added = Operator { $login } ({ $name }) added. They sign in with this login and password.

portal-title = Contractors’ portal users
portal-intro = Each contractor’s people who receive a certificate by mail. The search looks in the login, name, e-mail and contractor code.
portal-search = Search
portal-without-certificate = Only users without a valid certificate
portal-none = No portal users yet. Add a contractor, then its users, or import them from a CSV file.
portal-none-found = No portal user matches.
portal-col-contractor = Contractor
portal-col-login = Login
portal-col-name = Name
portal-col-email = E-mail
portal-col-lang = Language
portal-col-certificate = Certificate
portal-col-state = State
portal-col-actions = Actions
portal-cert-none = None yet
portal-cert-other = Not valid
portal-user-disabled = Disabled
portal-user-add = Add user
portal-user-add-title = New portal user
portal-user-edit-title = Portal user { $login }
portal-user-edit-of = Edit { $login }
portal-user-save = Save
portal-user-added = Portal user { $login } added.
portal-user-saved = Portal user { $login } saved.
portal-user-disable = Disable
portal-user-enable = Enable
portal-user-disabled-done = Portal user { $login } disabled: no new certificate is issued for them.
portal-user-enabled-done = Portal user { $login } enabled again.
contractor-add = Add contractor
contractor-dialog-title = New contractor
contractor-code = Code
contractor-name = Name
contractor-business-id = Business id (optional)
contractor-email = E-mail (optional)
contractor-added = Contractor { $code } ({ $name }) added.
portal-import-title = Import from a CSV file
portal-import-intro = The first line names the columns: contractor code, contractor name, login, name, e-mail, language. A user already there is updated. If any line is wrong, nothing is imported and each wrong line is listed.
portal-import-file = CSV file
portal-import = Import CSV…
portal-import-done = Imported: { $created } new, { $updated } updated, { $unchanged } unchanged.
portal-import-line = line { $line }: { $problem }

## Wizard component

wizard-step-of = Step { $current } of { $total }
wizard-steps-label = Progress of the wizard
wizard-summary = Check before you finish
wizard-working = Working…
wizard-missing-title = To go on:

## First run

setup-title = Welcome to SealDesk
setup-intro = This computer will hold your keys and certificates. First, choose a language and create the local administrator who unlocks SealDesk.
setup-step-language = Language
setup-step-admin = Administrator
setup-step-summary = Summary
setup-language-label = Language of SealDesk
setup-language-hint = You can change it later in Settings.
setup-admin-name = Your name
setup-admin-password = Password
setup-admin-password-confirm = Repeat the password
setup-admin-password-rule = At least { $min } characters. This password unlocks SealDesk on this computer.
setup-finish = Create administrator
setup-summary-name = Administrator
setup-summary-language = Language
setup-summary-password = Password
setup-summary-password-value = Set, strength: { $strength }
setup-summary-recovery = After you finish, SealDesk shows a recovery code once. It is the only way back in if you forget the password.

validation-name-required = Enter your name.
validation-password-short = The password needs at least { $min } characters.
validation-password-mismatch = The two passwords are not the same.
validation-day-invalid = This is not a day. Write it like { $example }.
day-input-placeholder = MM/DD/YYYY

## Password strength

password-show = Show password
strength-label = Strength
strength-0 = Very weak
strength-1 = Weak
strength-2 = Fair
strength-3 = Strong
strength-4 = Very strong
strength-hint-common = This is a commonly used password; choose something only you would think of.
strength-hint-pattern = Keyboard rows, repeats and sequences are easy to guess.
strength-hint-dates = Dates and years are easy to guess.
strength-hint-word = Single words and names are easy to guess; add more unrelated words.
strength-hint-short = Use a longer password, for example a few unrelated words.
strength-weak-warning = This password is weak. You can use it, but a stronger one protects your keys better.

## Recovery code

recovery-title = Your recovery code
recovery-intro = Write this code down or print it, and keep it away from this computer. SealDesk shows it only now.
recovery-code-label = Recovery code
recovery-confirm = I have written the recovery code down
recovery-enter-code = Recovery code
recovery-new-password = New password
recovery-submit = Set the new password
recovery-back-to-unlock = Back to unlock

## Unlock

unlock-title = SealDesk is locked
unlock-greeting = Welcome back, { $name }.
unlock-login = Login
unlock-password = Password
unlock-submit = Unlock
unlock-forgot = Forgot the password?
unlock-locked-idle = SealDesk locked itself after { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} without activity.
forgot-title = Reset the password
forgot-intro = Enter the recovery code you wrote down when SealDesk was set up, and choose a new password.

## Settings

settings-title = Settings
settings-language = Language
settings-language-hint = The interface changes at once. Dates and numbers follow the language.
settings-security = Security
settings-idle-lock = Lock after this many minutes without activity
settings-idle-lock-saved = Saved. SealDesk locks after { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} without activity.
settings-backup = Backup
settings-backup-intro = Makes a consistent copy of the SealDesk store in its backups folder while you keep working.
settings-backup-start = Back up now
settings-backup-done = Backup saved: { $path }
settings-backup-folder = Folder for the backup
settings-backup-folder-hint = For example a pen drive or a network folder. Left empty, the backup goes into the backups folder inside the data folder.
settings-restore = Restore a backup
settings-restore-intro = Replaces everything SealDesk holds with a backup file made earlier.
settings-restore-file = Backup file
settings-restore-file-required = Choose the backup file to restore.
settings-restore-start = Restore…
settings-restore-confirm = Replace the current data with the backup { $path }? The current data is backed up first into the backups folder, so nothing is lost. Afterwards SealDesk locks: unlock it with the password of the administrator the backup holds.
settings-restore-yes = Restore the backup
settings-about = About
settings-version = Version
settings-data-dir = Data folder
settings-schema = Store schema version
settings-activity = Recent activity
settings-activity-empty = Nothing recorded yet.
settings-activity-when = When
settings-activity-who = Who
settings-activity-what = What

progress-label = Progress
progress-count = { $done } of { $total }
progress-cancelled = Cancelled.

## Audit actions, as shown in the activity list

audit-admin-created = Administrator created
audit-admin-unlocked = Unlocked
audit-admin-unlock-failed = Wrong password entered
audit-admin-recovered = Password reset with the recovery code
audit-admin-recovery-failed = Wrong recovery code entered
audit-company-created = Company { $code } added: { $name }
audit-company-updated = Company details changed: { $name }
audit-operator-added = Operator { $login } added: { $name }
audit-operator-signed-in = Signed in
audit-operator-sign-in-failed = Wrong password entered
audit-settings-changed = { $key ->
    [idle_lock_minutes] Lock after inactivity set to { $value } minutes
    [language] Language changed ({ $value })
    [pkcs11_module] Token driver set: { $value }
    [first_steps_hidden] { $value ->
        [true] First steps guide hidden
       *[other] First steps guide shown again
    }
   *[other] A setting was changed
}
audit-store-backed-up = Store backed up
audit-store-restored = Data restored from the backup { $path }
audit-key-generated = Key generated: { $algorithm }, { $location }
audit-seal-created = Company seal { $id } created: { $organization }, { $years ->
        [one] { $years } year
       *[other] { $years } years
    }
audit-seal-revoked = Company seal { $id } revoked
audit-seal-crl-published = Revocation list no. { $number } of seal { $id } published
audit-cert-issued = Certificate { $id } issued by seal { $seal } ({ $profile })
audit-cert-revoked = Certificate { $id } revoked ({ $reason })
audit-cert-imported = Certificates imported
audit-cert-exported-with-key = Certificate { $id } exported with its private key (PKCS#12, { $profile })
audit-document-signed = Document { $file } signed with certificate { $certificate }
audit-cert-state-changed = Certificate { $id } is now { $state }
audit-cert-trusted = Certificate { $id } marked as trusted
audit-cert-untrusted = Certificate { $id } no longer trusted
audit-identity-registered = Signing identity { $id } registered: { $signer_name }, { $business_name } ({ $identifier })
audit-identity-selected = Signing identity { $id } selected for signing
audit-identity-certificate-attached = Certificate { $certificate } attached to signing identity { $id }
audit-identity-removed = Signing identity { $id } ({ $signer }) removed; its key and certificate were kept
audit-renewal-planned = Renewal run { $run } planned
audit-renewal-formed = Renewal request for certificate { $certificate } prepared
audit-renewal-sent = Renewal request for certificate { $certificate } sent
audit-renewal-receipt = Receipt no. { $receipt } recorded for the renewal of certificate { $certificate }
audit-renewal-card = Accession card for the renewal of certificate { $certificate } signed
audit-renewal-installed = Renewed certificate { $new_certificate } installed in place of certificate { $certificate }
audit-renewal-cancelled = Renewal of certificate { $certificate } cancelled
audit-renewal-notification = Notification of renewal run { $run } written ({ $certificates ->
        [one] one certificate
       *[other] { $certificates } certificates
    })
audit-renewal-price-set = Renewal price set for { $ca }, { $term_years ->
        [one] one year
       *[other] { $term_years } years
    }
audit-renewal-price-removed = Renewal price removed for { $ca }, { $term_years ->
        [one] one year
       *[other] { $term_years } years
    }
audit-contractor-added = Contractor { $code } added
audit-portal-user-added = Portal user { $login } of { $contractor } added
audit-portal-user-changed = Portal user { $id } changed
audit-portal-user-disabled = Portal user { $id } disabled
audit-portal-user-enabled = Portal user { $id } enabled again
audit-portal-user-imported = Portal users imported: { $created } added, { $updated } changed, { $unchanged } unchanged
audit-portal-certificate-sent = Portal certificate { $certificate } sent to portal user { $user }
audit-unknown = Another action was recorded
audit-actor-administrator = Administrator

## Seal & certificates

pki-tab-seals = Company seal
pki-tab-certificates = Certificates
pki-loading = Loading…
pki-saved-to = Saved: { $path }
action-copy = Copy
copy-done = Copied.
copy-failed = Could not copy. Select the text and copy it by hand.
file-choose = Choose…

## Status badges and expiry

badge-current = Current
badge-valid = Valid
badge-expiring = Expires soon
badge-expired = Expired
badge-revoked = Revoked
badge-superseded = Superseded
badge-not-yet-valid = Not yet valid
badge-seal-superseded = Superseded
badge-seal-expired = Expired
badge-seal-revoked = Revoked
badge-seal-not-yet-valid = Not yet valid
badge-invalid = { $reason ->
    [seal-revoked] Invalid: seal revoked
    [seal-not-yet-valid] Invalid: seal not yet valid
   *[seal-expired] Invalid: seal expired
}
days-left = { $days ->
    [0] expires today
    [one] { $days } day left
   *[other] { $days } days left
}
days-ago = { $days ->
    [0] expired today
    [one] expired { $days } day ago
   *[other] expired { $days } days ago
}

## Seal history

seal-title = Company seal
seal-intro = The seal is the company’s own certification authority. It issues the signing and portal-user certificates; when it expires or is revoked, every certificate it issued becomes invalid.
seal-none = There is no company seal yet.
seal-new = New seal
seal-history = Seal history
seal-col-organization = Organisation
seal-col-status = Status
seal-col-valid-until = Valid until
seal-col-actions = Actions
seal-export-pem = Export PEM
seal-export-der = Export DER
seal-export-title = Save the seal certificate
seal-revoke = Revoke
seal-revoke-confirm = Revoke seal { $id } of { $organization }? Every certificate it issued becomes invalid at once. This cannot be undone.
seal-revoke-yes = Revoke the seal
seal-revoked = Seal { $id } was revoked. The certificates it issued are no longer valid.
seal-created = Seal { $id } created for { $organization }.
seal-expiring-warning = { $days ->
    [0] The current seal expires today. Create a new seal: the certificates it issued become invalid when it expires.
    [one] The current seal expires in { $days } day. Create a new seal in time: the certificates it issued become invalid when it expires.
   *[other] The current seal expires in { $days } days. Create a new seal in time: the certificates it issued become invalid when it expires.
}

## New seal wizard

seal-wizard-title = New company seal
seal-step-key = Key
seal-step-organization = Organisation
seal-step-validity = Validity
seal-step-summary = Summary
seal-finish = Create the seal
key-mode = Where the key comes from
key-mode-new-file = Generate a new key file
key-mode-new = Generate a new key
key-mode-existing = Use a key registered in SealDesk
key-algorithm = Key algorithm
key-algorithm-ec-p256 = EC P-256 (recommended)
key-algorithm-ec-p384 = EC P-384
key-algorithm-rsa-2048 = RSA 2048 (only where a CA’s policy requires it)
key-algorithm-rsa-3072 = RSA 3072
key-algorithm-rsa-4096 = RSA 4096
key-algorithm-rsa-2048-note = RSA 2048 is no longer suitable for qualified signatures in the EU. Choose it only when a certification authority’s policy requires it.
key-file = Key file
key-file-dialog-title = Where to save the new key file
key-file-hint = A new file; an existing file is never replaced. Keep a copy of it in a safe place.
key-password = Key password
key-password-confirm = Repeat the key password
key-password-hint = Encrypts the key file. SealDesk does not keep it: without it the key cannot be used.
key-id = Key number
key-id-hint = The number of a key registered in SealDesk, for example by “sealdesk key generate”.
key-location = Where the key is
key-location-file = In a key file (password)
key-location-token = On a token (PIN)
key-secret-password = Password of the key file
token-pin = PIN of the token “{ $label }”
token-pin-unknown = PIN of the token
token-pin-hint = A token locks itself after a few wrong PINs: type it carefully.
seal-org-name = Organisation name
seal-org-id = Organisation identifier
seal-org-id-hint = The national number (for Poland the NIP, such as 526-025-02-74) or the ETSI EN 319 412-1 form (VATPL-5260250274). It is checked as you type.
seal-org-id-valid = Valid. In the seal: { $value }
seal-country = Country (two letters)
seal-years = How long the seal is valid
seal-years-option = { $years ->
    [one] { $years } year
   *[other] { $years } years
}
seal-years-hint = Three years is usual. A certificate issued by the seal never outlasts it.
seal-summary-key = Key
seal-summary-key-existing = Registered key no. { $id }
seal-summary-organization = Organisation
seal-summary-note = A new seal replaces the current one, if there is one. Certificates the old seal issued stay valid until they or the old seal expire.

validation-key-path-required = Choose where to save the key file.
validation-key-password-required = Enter a password for the key file.
validation-key-id-required = Enter the number of a registered key.
validation-secret-required = Enter the password or PIN of the key.
validation-org-name-required = Enter the organisation’s name.
validation-org-id-required = Enter the organisation identifier, such as VATPL-5260250274.
validation-country-required = Enter the two-letter country code, such as PL.
validation-common-name-required = Enter the holder’s name.
validation-portal-fields-required = A portal-user certificate needs the company code and the login.
validation-days-range = Choose a validity between 1 and { $max } days.
validation-seal-secret-required = Enter the password or PIN of the seal’s key.
validation-file-required = Choose the file to write.

## Certificate list

certs-title = Certificates
certs-search = Search by name or issuer
certs-expiring = Expiring within (days)
certs-expiring-any = any time
certs-issue = Issue certificate
certs-csr = Certificate request (CSR)
certs-empty = No certificates match.
certs-col-subject = Holder
certs-col-valid-until = Valid until
certs-col-status = Status
certs-open = Details
certs-page = Rows { $from }–{ $to }
certs-previous = Previous page
certs-next = Next page
certs-issued = Certificate { $id } issued: { $name }.
certs-issued-key = The new key is kept encrypted in { $path }.
certs-no-seal = There is no valid company seal. Create a new seal to issue certificates.

## Issuing

issue-title = Issue a certificate
issue-seal = Issued by the seal of { $organization } (no. { $id }).
issue-profile = Profile
issue-profile-signing = Signing documents
issue-profile-portal-user = Portal user (login and e-mail protection)
issue-name = Holder’s name
issue-email = E-mail
issue-country = Country (two letters)
issue-company-code = Company code
issue-login = Portal login
issue-days = Validity in days
issue-days-hint = At most { $max } days, and never past the end of the seal.
issue-key = Holder’s key
issue-seal-key = The seal’s key
issue-seal-secret = Password of the seal’s key file
issue-submit = Issue

## Certificate request

csr-title = Certificate request for a CA
csr-intro = Makes a PKCS#10 request signed by a registered key, to send to an outside certification authority.
csr-common-name = Name (CN)
csr-organization = Organisation (O)
csr-serial-number = Serial number of the person
csr-file = Request file
csr-file-hint = Written as PEM; an existing file is never replaced.
csr-dialog-title = Where to save the request
csr-submit = Create the request
csr-done = Request written to { $path }.

## Certificate detail

detail-title = Certificate { $id }
detail-back = Back to the list
detail-subject = Holder
detail-certificate = Certificate
detail-issuer = Issuer
detail-serial = Serial number
detail-valid-from = Valid from
detail-valid-until = Valid until
detail-sha256 = SHA-256 fingerprint
detail-sha1 = SHA-1 fingerprint
detail-key-usage = Key usage
detail-extended-key-usage = Extended key usage
detail-emails = E-mail addresses
detail-key = Private key
detail-key-none = Not held by SealDesk
detail-key-token = On token “{ $token }”, object “{ $object }”
detail-chain = Chain
detail-pem = PEM
detail-revoke = Revoke…
detail-revoke-reason = Reason
detail-revoke-confirm = Revoke certificate { $id }? This cannot be undone.
detail-revoke-yes = Revoke the certificate
detail-revoked = Certificate { $id } was revoked.
detail-trusted = Trusted as a root
detail-trusted-yes = Yes: signatures that chain to it verify
detail-trusted-no = No
detail-trust = Trust this root…
detail-trust-confirm = Trust { $subject } as a root? Every signature that chains to it will then verify. Do it only if this SHA-256 fingerprint is exactly the one its certification authority gave you by another channel: { $fingerprint }
detail-trust-yes = The fingerprint matches: trust it
detail-trust-done = Certificate { $id } is now trusted as a root.
detail-untrust = Stop trusting…
detail-untrust-confirm = Stop trusting { $subject }? Signatures that chain only to it will no longer verify.
detail-untrust-yes = Stop trusting it
detail-untrust-done = Certificate { $id } is no longer trusted.
revoke-reason-unspecified = No reason given
revoke-reason-key-compromise = The key was lost or stolen
revoke-reason-affiliation-changed = The holder’s details changed
revoke-reason-superseded = Replaced by a new certificate
revoke-reason-cessation-of-operation = The holder left or the service ended
attr-common-name = Name (CN)
attr-organization = Organisation (O)
attr-organizational-unit = Unit or company code (OU)
attr-country = Country (C)
attr-locality = Locality (L)
attr-state = State or province (ST)
attr-surname = Surname (SN)
attr-given-name = Given name
attr-title = Title
attr-serial-number = Serial number
attr-organization-identifier = Organisation identifier
attr-user-id = Login (UID)
attr-email = E-mail

## Start-up problems

startup-error-title = SealDesk cannot open its data
startup-error-intro = Nothing was changed. Details:

## Errors (one per stable error code; code "a.b-c" is message "error-a-b-c")

error-store-in-use = The SealDesk data is in use by another SealDesk window or command. Close it, or wait a moment and try again.
error-store-schema-too-new = This data was written by a newer SealDesk (version { $found } of the data format; this program knows up to { $known }). Install the newer SealDesk.
error-store-corrupt = The file { $path } is damaged or is not a SealDesk store. It was left as it is.
error-store-backup-invalid = The file { $path } is not a readable SealDesk backup. Nothing was restored and your data is unchanged.
error-store-read-only = The SealDesk data can only be read by this user: its file or folder is read-only. Ask for write access to the data folder to change anything.
error-store-disk-full = The disk holding the SealDesk data is full. Nothing was changed; free some space and try again.
error-store-missing = There is no SealDesk data in { $path } yet. Set SealDesk up first.
error-store-no-data-dir = No folder for application data is known for this user. Choose a data folder explicitly.
error-io = { $path } could not be read or written. Check that the disk is connected and try again.
error-io-disk-full = The disk is full: { $path } could not be written. Nothing was left half-written; free some space and try again.
error-io-not-found = { $path } does not exist. Check the name and the folder.
error-io-permission-denied = You have no permission to use { $path }. Choose another place or ask whoever manages this computer.
error-io-read-only = { $path } is on a disk that can only be read. Choose another place.
error-io-not-a-folder = { $path } is not a folder. Choose a folder.
error-io-not-text = { $path } is not a text file. Choose the right file.
error-secrets-locked = The system's password store ({ $store }) did not answer in time: it is probably locked. Unlock it and try again.
error-store-database = Unexpected database problem: { $detail }
error-admin-already-initialized = SealDesk is already set up in this data folder.
error-admin-not-initialized = SealDesk is not set up yet. Create the administrator first.
error-admin-password-too-short = The password needs at least { $min } characters.
error-admin-name-required = Enter a name.
error-admin-wrong-password = Wrong password. You can try again in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}.
error-admin-wrong-recovery-code = That recovery code is not correct. You can try again in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}.
error-admin-throttled = Too many wrong attempts. Wait { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
} and try again.
error-auth-required = This needs the password of the operator { $login }.
error-auth-wrong-password = Wrong login or password. You can try again in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}.
error-auth-throttled = Too many wrong attempts. Wait { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
} and try again.
error-auth-operator-disabled = The operator { $login } is disabled and cannot sign in.
error-auth-administrator-only = Only the administrator can do this.
error-company-not-found = There is no company { $code }.
error-company-code-taken = Another company already has the code { $code }. Choose another code.
error-company-invalid-code = “{ $code }” cannot be a company code: use 1 to 32 Latin letters, digits, “-” or “_”.
error-company-name-required = Enter the company’s name.
error-company-quota-below-active = The quota { $quota } is below the { $active } certificates already active. Choose at least { $active }, or leave it empty.
error-operator-login-taken = The login { $login } is taken. Choose another one.
error-operator-invalid-login = “{ $login }” cannot be a login: use 1 to 64 letters, digits, “.”, “-”, “_” or “@”.
error-session-locked = SealDesk is locked. Sign in again.
error-settings-unsupported-language = The language “{ $tag }” is not available.
error-settings-idle-lock-out-of-range = Choose between { $min } and { $max } minutes.
error-key-unsupported-algorithm = Unknown key algorithm “{ $name }”. Use ec-p256, ec-p384, rsa-2048, rsa-3072 or rsa-4096.
error-key-generation-failed = Could not generate a { $algorithm } key.
error-key-file-exists = { $path } already exists and was left as it is. Choose another file name.
error-key-password-required = A key file needs a password.
error-key-wrong-password = The password does not open the key file { $path }.
error-key-file-invalid = { $path } is not an encrypted private key (PKCS#8).
error-key-unsupported-private-key = The private key is not of a kind SealDesk uses (EC P-256, EC P-384, RSA 2048, 3072 or 4096).
error-key-signing-failed = Signing failed: { $detail }
error-key-not-found = There is no key number { $id } in SealDesk.
error-key-secret-kind = { $location ->
    [token] Key { $id } is on a token: give its PIN, not a password.
   *[other] Key { $id } is in a file: give its password, not a PIN.
}
error-token-module-not-set = No token driver (PKCS#11 module) is chosen. Choose the library your token came with in Settings.
error-token-module-load = The token driver { $module } could not be loaded: { $detail }. Check the path and that it matches this computer (64-bit).
error-token-not-found = No token labelled “{ $label }” is connected. Insert it, or check the label.
error-token-wrong-pin = The PIN is not correct. Careful: after a few wrong tries the token locks itself.
error-token-pin-locked = The token’s PIN is locked after too many wrong tries. Unlock it with the token’s own tool and its administrator PIN (SO PIN).
error-token-key-not-found = The key “{ $label }” is not on the token. Is the right token inserted?
error-token-failure = The token failed while { $operation }: { $detail }
error-pkcs12-wrong-password = The password does not open this PKCS#12 file (.p12/.pfx).
error-pkcs12-invalid = This is not a readable PKCS#12 file (.p12/.pfx): { $detail }
error-pkcs12-password-unsupported = A PKCS#12 password cannot contain emoji or other rare characters (outside Unicode’s Basic Multilingual Plane). Choose another password.
error-pkcs12-password-required = A PKCS#12 file (.p12/.pfx) needs a password: give one that is not empty.
error-cert-invalid = This is not a readable certificate: { $detail }
error-csr-invalid = This is not a usable certificate request (PKCS#10): { $detail }
error-cert-nothing-to-import = { $path } holds no certificate.
error-cert-key-mismatch = The private key does not belong to this certificate.
error-cert-not-found = There is no certificate number { $id } in SealDesk.
error-cert-already-revoked = Certificate { $id } is already revoked.
error-cert-not-issued-by-seal = Certificate { $id } was not issued by one of the company’s seals, so SealDesk cannot revoke it.
error-cert-fingerprint-mismatch = The fingerprint given is not the SHA-256 fingerprint of certificate { $id }. Compare it again with the one the CA gave you; nothing was trusted.
error-cert-trust-not-ca = Certificate { $id } is not a CA certificate, so it cannot be trusted as a root.
error-cert-seal-always-trusted = Certificate { $id } is a company seal: it stays trusted as long as it exists.
error-cert-signature-invalid = The signature of the certificate { $subject } does not verify: the certificate was altered or damaged. Nothing was imported.
error-seal-not-found = There is no company seal number { $id }.
error-seal-not-usable = The company seal { $id } cannot issue certificates: { $reason ->
    [expired] it has expired. Create a new seal.
    [revoked] it was revoked. Create a new seal.
    [superseded] a newer seal replaced it. Use the current seal.
    [not-yet-valid] it is not valid yet.
   *[other] { $reason }.
}
error-pki-field-required = Fill in { $field }.
error-pki-field-too-long = { $field } may have at most { $max } characters.
error-pki-field-invalid-character = { $field } contains a control character or a text-direction override character, which could make the name display as another.
error-pki-invalid-country = “{ $value }” is not a two-letter country code, such as PL, IL, IT or UA.
error-pki-invalid-org-id = “{ $value }” is not an organisation identifier. Write a type (VAT, NTR, PSD or LEI), the country and the number, such as VATPL-5260250274 or NTRUA-14360570.
error-pki-invalid-email = “{ $value }” is not an e-mail address.
error-pki-validity-out-of-range = { $unit ->
    [years] Choose a validity between { $min } and { $max } years.
   *[other] Choose a validity between { $min } and { $max } days.
}
error-pki-unknown-profile = Unknown certificate profile “{ $name }”. Use signing or portal-user.
error-pki-portal-user-fields = A portal-user certificate needs the company code and the login.
error-pki-generation-failed = The certificate could not be made: { $detail }
error-pki-unknown-export-format = { $path }: end the file name with .pem for PEM, or .cer, .der or .crt for DER.
error-io-file-exists = { $path } already exists and was left as it is. Choose another file name.
error-io-not-a-regular-file = { $path } is not an ordinary file (it is a folder, a device or a pipe). Give a file.
error-io-file-too-large = { $path } is larger than { $limit } bytes, more than a file of this kind can be. Check that it is the right file.
error-io-missing = { $path } is not there: it was moved, renamed or deleted, or its name is mistyped.
error-io-unreadable = { $path } is there but cannot be opened for reading. Check that you may open it, or ask whoever manages this computer.
error-key-not-exportable = The key of certificate { $id } is on a token and cannot leave it. A PKCS#12 file needs a key kept in a file.
error-cert-no-key = SealDesk does not hold the private key of certificate { $id }.
error-cancelled = Cancelled.
error-id-invalid-format = { $value } is not a { $kind } number of { $country }: the length or the characters are wrong. Check it against the registration document.
error-id-invalid-checksum = { $value } is not a valid { $kind } number of { $country }: its check digit does not match, which usually means a typing mistake. Check each digit.
error-id-unknown-kind = SealDesk does not know a { $kind } identifier for { $country }.
error-id-not-an-organization = { $value } is a { $kind } of a person in { $country }, not an organisation’s identifier. Enter the organisation’s own number.

# Signing identities
error-identity-not-found = There is no signing identity { $id }.
error-identity-password-too-short = The signing password needs at least { $min } characters.
error-identity-awaiting-certificate = Signing identity { $id } has no certificate yet. Attach the certificate the CA sent for its request.
error-identity-certificate-not-valid = Signing identity { $id } cannot sign: its certificate { $status ->
    [expired] has expired
    [not-yet-valid] is not valid yet
    [revoked] was revoked
   *[issuer-invalid] is invalid because the seal that issued it expired or was revoked
}. Select another identity or renew the certificate.
error-identity-certificate-mismatch = The file has no certificate for the key of signing identity { $id }: it answers another request.

error-sign-certificate-not-usable = Certificate { $id } cannot sign: it is { $status ->
    [expired] expired
    [not-yet-valid] not valid yet
    [revoked] revoked
   *[issuer-invalid] invalid because the seal that issued it expired or was revoked
}. Choose another certificate or renew this one.
error-cli-usage = Wrong use of the command: { $detail }
error-cli-secret-file = Could not read the secret from { $source }: { $detail }
error-cli-secret-file-open = { $path } can be read by other users of this computer, so the secret in it is not private. Make it readable only by you (chmod 600 { $path }).
error-general-worker-failed = The operation stopped unexpectedly: { $detail }
error-unknown = Something unexpected went wrong. Try again; if it keeps happening, restart SealDesk.
error-desktop-no-file-manager = The folder could not be opened: no file manager answered. The file is { $path }.

# Importing and exporting certificate files
certs-import = Import…
import-title = Import certificates
import-intro = A certificate or a chain in PEM or DER (.pem, .crt, .cer, .der), or a PKCS#12 file (.p12, .pfx) with its private key.
import-file = File to import
import-dialog-title = Choose a certificate file to import
import-password = Password of the PKCS#12 file
import-password-hint = A private key in the file is kept in SealDesk, encrypted with this same password.
import-submit = Import
import-done = { $count ->
    [one] One certificate imported.
   *[other] { $count } certificates imported.
}
import-nothing-new = { $count ->
    [one] The certificate in this file is already in SealDesk; nothing new was added.
   *[other] All { $count } certificates in this file are already in SealDesk; nothing new was added.
}
import-key-added = The certificates were already in SealDesk; their private key has been added.
import-col-issuer = Issuer
import-with-key = with its private key
file-filter-certificate-files = Certificates and PKCS#12
file-filter-certificates = Certificates (PEM, DER)
file-filter-pkcs12 = PKCS#12 (certificate with its key)
file-filter-pem = PEM certificate
file-filter-der = DER certificate
validation-import-file-required = Choose the file to import.
validation-import-password-required = Enter the password of the PKCS#12 file.
detail-export = Export…
export-title = Export certificate { $id }
export-format = What to export
export-format-pem = The certificate only, as PEM (.pem)
export-format-der = The certificate only, as DER (.cer), which Windows opens
export-format-pkcs12 = The certificate with its private key and chain, as PKCS#12 (.p12)
export-token-note = The private key is on a token and cannot leave it, so only the certificate can be exported.
export-file = File
export-dialog-title = Save the certificate as
export-key-password = Password of the private key file
export-submit = Export
export-done = Saved to { $path }.
validation-export-key-password-required = Enter the password of the private key file.
validation-pkcs12-password-required = Enter a password for the PKCS#12 file.
p12-password = Password for the PKCS#12 file
p12-password-confirm = Repeat the PKCS#12 password
p12-password-hint = Whoever opens the file needs this password. Send it another way than the file.
p12-legacy = Compatible with old Windows (3DES/SHA-1, weaker)
p12-legacy-warning = Weaker protection: choose it only for a device that refuses the default, such as Windows Server 2016 or older.
issue-p12 = Also save as PKCS#12 (.p12) with the key and the chain
issue-p12-file = PKCS#12 file
issue-p12-dialog-title = Save the PKCS#12 file as
issue-p12-token-note = A key on a token cannot leave it, so no PKCS#12 file can be made with it.
certs-issued-p12 = The PKCS#12 file was written to { $path }.

## Documents: signing
docs-sign-title = Sign documents
docs-sign-intro = PDFs are signed inside the file (PAdES); any other file gets a separate signature file beside it (.p7s). The originals are never changed.
docs-no-certificate = There is no certificate to sign with yet. Issue one from the company seal, or import one with its key, under Seal & certificates.
docs-drop-hint = Drop files here, or pick them.
docs-pick = Pick files…
docs-pick-title = Files to sign
docs-path = Or type a file's full path
docs-add = Add
docs-remove = Remove { $name } from the list
docs-remove-short = Remove
docs-file-left-out = It is left out of signing.
docs-sign-with = Sign with
docs-valid-until = valid until { $date }
docs-active-identity = active identity
docs-key-password = Password of the signing key
docs-sign = { $count ->
    [one] Sign 1 file
   *[other] Sign { $count } files
}
docs-stop = Stop after this file
docs-progress = Signing
docs-summary = Signed: { $signed }. Failed: { $failed }. Not signed because stopped: { $stopped }.
docs-col-file = File
docs-col-result = Result
docs-show = Show in folder
docs-format-pades = Signed PDF (PAdES)
docs-checked-valid = checked: valid
docs-checked-valid-with-warnings = checked: valid, with a remark
docs-checked-invalid = checked: NOT valid
docs-checked-unsigned = checked: no signature
docs-format-cades = Signature file (.p7s)
# Signing identities (screen and wizard)
first-steps-title = First steps
first-steps-intro = Set SealDesk up in this order. Each step is marked as soon as it is done.
first-steps-hide = Hide the guide
first-steps-done = Done
first-steps-todo = Still to do
first-steps-authority = The company seal, or your outside CA
first-steps-authority-hint = The seal (or a certification authority outside SealDesk) vouches for the signing certificates, so it comes first.
first-steps-identity = A signing identity
first-steps-identity-hint = Your business and the person who signs for it, with a key and a certificate.
first-steps-mail = The mail server
first-steps-mail-hint = The outgoing server that sends signed documents and notices.
first-steps-sign = Sign a document
first-steps-sign-hint = Sign a PDF or any other file with the active identity.
first-steps-go-authority = Create the seal
first-steps-go-outside-ca = Import a CA certificate
first-steps-go-identity = Register an identity
first-steps-go-mail = Set up mail
first-steps-go-sign = Sign a document
first-steps-next-authority = Next step: create the company seal, or import the certificate of your outside CA.
first-steps-next-identity = Next step: register the signing identity that signs your documents.
first-steps-next-mail = Next step: set up the mail server that sends your signed documents.
first-steps-next-sign = Next step: sign your first document.

identities-title = Signing identities
identities-intro = Each identity is your business and the person who signs for it, with a key and a certificate. Exactly one identity signs documents: the active one.
identities-none = No signing identity yet. Register one to sign documents.
identities-none-active = No identity is selected for signing. Select one with a valid certificate.
identity-new = Register identity
identity-col-signer = Signer and business
identity-col-status = Status
identity-col-valid-until = Valid until
identity-col-signing = Signing
identity-col-actions = Actions
identity-active = Active
identity-select = Select for signing
identity-selected = { $signer } now signs your documents.
identity-details = Certificate details
identity-remove = Remove
identity-remove-confirm = Remove the signing identity { $signer } ({ $business })? Its key and its certificate stay in SealDesk; only the identity is removed.
identity-remove-confirm-active = Remove the signing identity { $signer } ({ $business })? It signs your documents now: afterwards no identity signs until you select one. Its key and its certificate stay in SealDesk.
identity-remove-yes = Remove the identity
identity-removed = { $signer } was removed. Its key and certificate are kept.
identity-removed-active = { $signer } was removed; its key and certificate are kept. Select another identity to sign documents.
identity-attach = Attach the CA’s certificate
identity-attach-file = Certificate file from the CA
identity-attach-dialog-title = Open the certificate the CA sent
identity-attach-hint = The certificate (PEM or DER), with its chain if the CA sent one. It must belong to this identity’s request.
identity-attach-submit = Attach
identity-attached = The certificate of { $signer } was attached.
identity-attached-selected = The certificate of { $signer } was attached, and the identity now signs your documents.
identity-created-selected = The certificate of { $signer } was created and selected for signing.
identity-created-not-selected = The identity of { $signer } was created but not selected: { $reason ->
    [awaiting-certificate] send the request to the certification authority, then attach the certificate it returns.
    [certificate-not-valid] its certificate is not valid now.
   *[not-requested] select it when you want it to sign.
}
badge-awaiting-certificate = Awaiting certificate
validation-attach-file-required = Choose the certificate file the CA sent.
identity-wizard-title = Register a signing identity
identity-finish = Register
identity-step-business = Business identifier
identity-step-names = Business and signer
identity-step-secret = Signing password and key
identity-step-certificate = Certificate
identity-step-summary = Summary
identity-country = Country of the business
identity-country-other = Another country
identity-country-code = Two-letter country code
identity-kind = Kind of identifier
identity-business-id = Business identifier
identity-business-id-valid = Valid. In the certificate: { $value }
identity-business-name = Business name
identity-signer-name = Signer name
identity-signer-name-hint = The business, its owner or a person authorised to sign for it.
identity-email = E-mail shown in the signature
identity-email-hint = For information only: it appears in the certificate.
identity-key-target = Where the key is kept
identity-key-file = In a key file protected by the signing password
identity-key-token = On a token (smart card or USB token)
identity-password = Signing password
identity-password-hint = At least { $min } characters; digits are allowed. You type it each time you sign.
identity-password-confirm = Signing password again
identity-token-label = Token label
identity-token-hint = The token is reached through the PKCS#11 module chosen in the settings. Its PIN is then your signing secret.
identity-token-pin = PIN of the token
identity-source = Certificate
identity-source-seal = Issued now by the company seal
identity-source-csr = Requested from a certification authority (CSR)
identity-no-seal = There is no valid company seal: create one under “Seal & certificates”, or request the certificate from a certification authority.
identity-seal = Company seal
identity-seal-password = Password of the seal’s key
identity-days = Validity in days
identity-csr-file = Save the request as
identity-csr-dialog-title = Save the certificate request as
identity-csr-hint = Send this file to the certification authority; attach the certificate it returns in the list of identities.
identity-select-new = Select this identity for signing
identity-csr-summary-note = The identity waits for the certificate until you attach it; it cannot sign before.
validation-business-id-required = Enter the business identifier.
validation-business-id-checking = The identifier is still being checked; a moment, please.
validation-business-name-required = Enter the business name.
validation-signer-name-required = Enter the signer’s name.
validation-email-required = Enter an e-mail address such as name@example.com.
validation-token-label-required = Enter the token’s label.
validation-pin-required = Enter the token’s PIN.
validation-seal-required = Choose the company seal.
country-il = Israel
country-pl = Poland
country-it = Italy
country-ua = Ukraine
country-ru = Russia
id-kind-il-company = company or licensed-dealer number
id-kind-pl-nip = tax number
id-kind-pl-regon = statistical number
id-kind-it-partita-iva = VAT number
id-kind-it-codice-fiscale = personal tax code
id-kind-ua-edrpou = register code of a legal entity
id-kind-ua-rnokpp = personal tax number
id-kind-ru-inn = taxpayer number
id-kind-other = identifier

## Verify screen
verify-title = Check a signed document
verify-intro = Choose a signed PDF, or any file whose signature (.p7s) lies beside it. SealDesk checks that nothing was changed since signing, who signed and when, and whether the signer's certificate leads to a seal or authority you trust.
verify-file = Signed document
verify-signature-file = Separate signature file (optional)
verify-signature-hint = Leave empty when the signature is inside the PDF or is the .p7s file with the same name beside the document.
verify-run = Check
verify-verdict-valid = The signature is valid.
verify-verdict-valid-with-warnings = The signature is valid, with a remark below.
verify-verdict-invalid = The signature is NOT valid. Do not rely on this document as signed.
verify-verdict-unsigned = This document has no signature. It was not signed, or its signature was removed.
verify-format-pades = { $name }: signatures inside the PDF
verify-format-cades = { $name }: separate signature file (.p7s)
verify-signature-n = Signature { $n }
verify-signer = Signed by
verify-signer-unknown = unknown (the signer's certificate is missing)
verify-signed-at = Signed on
verify-signed-at-unknown = not stated
verify-coverage = Covers
verify-covers-whole-file = the whole file as it is now
verify-covers-signed-version = the file as it was signed; changes were added to it later
verify-covers-part = only part of the file
verify-trust-anchor = Trusted through
verify-trust-anchor-none = no certificate you trust (a company seal or a root you chose to trust)
verify-signature-fine = Nothing wrong with this signature.
# PDF signing (PAdES)
error-pdf-encrypted = { $path } is an encrypted PDF. Remove its password (save an unprotected copy) before signing it.
error-pdf-no-changes-allowed = { $path } is certified with “no changes allowed”; another signature would break its certification.
error-pdf-unreadable = { $path } cannot be read as a PDF: { $reason }
error-pdf-header-not-at-start = { $path } opens in PDF readers but does not start with its %PDF- header, so it cannot be signed inside safely. Open it in a PDF reader and save it again, or sign it as a separate .p7s file.
error-pdf-detached-output-named-pdf = { $path } ends in .pdf, but a separate signature is not a PDF. Choose a name ending in .p7s.
error-pdf-signed-output-not-named-pdf = { $path } does not end in .pdf, but a signed PDF is a PDF. Choose a name ending in .pdf.
error-sign-output-name-invalid = “{ $name }” is not a file name. Give a name without folders; the file is saved beside the document.
error-sign-not-this-signed-copy = { $path } is not this document signed with this certificate, so it was not sent.
## Verifying signatures
error-verify-signature-missing = There is no signature file { $path }. Choose the signature file.
error-verify-not-cms = { $path } is not a signature file (.p7s), or it is damaged.
error-verify-not-valid = The signatures of { $path } are not valid.
verify-problem-digest-mismatch = The document was changed after it was signed.
verify-problem-signature-invalid = The signature is broken: it does not match the signer’s key.
verify-problem-signer-certificate-missing = The signer’s certificate is not in the signature and not in SealDesk, so the signature cannot be checked.
verify-problem-untrusted-chain = The signer’s certificate was not issued by your company seal or by a certification authority you trust.
verify-problem-signer-expired = The signer’s certificate had expired.
verify-problem-signer-not-yet-valid = The signer’s certificate was not yet valid.
verify-problem-signer-revoked = The signer’s certificate has been revoked.
verify-problem-seal-invalid = The seal or certification authority that issued the signer’s certificate is revoked or expired.
verify-problem-content-added-after = Something was added to the document after the last signature.
verify-problem-no-signing-certificate-attribute = The signature does not name its certificate in the signed data (the content itself is intact).
verify-problem-signing-certificate-mismatch = The signature names a different certificate than the one it was made with.
verify-problem-weak-algorithm = The signature uses an outdated algorithm (SHA-1) that is no longer safe.
verify-problem-unsupported-algorithm = The signature uses an algorithm SealDesk cannot check.
verify-problem-byte-range-invalid = The signature’s description of the signed part of the PDF is wrong or damaged.
verify-problem-unsupported-signature-type = This kind of PDF signature (for example a document timestamp) is not checked by SealDesk.
verify-problem-no-signature = The document has no signature.
verify-problem-modified-after-signing = The document was changed after this signature, beyond adding signatures or what the signer allowed.
verify-problem-key-usage-not-for-signing = The signer’s certificate is not meant for signing documents (its key usage lacks non-repudiation), for example a portal login certificate.
verify-modification = { $change ->
    [deleted] Deleted
   *[changed] Changed
}: { $role ->
    [catalog] the document catalog
    [page-tree] the page tree
    [page] page { $page }
    [page-content] the content of page { $page }
    [form] the form
    [form-field] a form field
    [annotation] an annotation
    [signature] a signature dictionary
    [font] a font
   *[object] another object
} (object { $object })

## Mail: outgoing server settings, credential store, connection test
audit-smtp-saved = Outgoing mail server saved: { $host } port { $port } ({ $security })
error-mail-header-injection = The { $field } field must be a single line.
error-mail-header-control = The { $field } field contains a control character (such as a tab, escape or bell). Remove it.
error-mail-attachment-name-bidi = The attachment name { $name } contains a character that changes the direction of text, so it would show in another order than it is. Rename the file.
error-mail-invalid-address = { $value } in the { $field } field is not a valid e-mail address.
error-mail-invalid-host = { $host } is not a valid server name.
error-mail-invalid-port = The port must be between 1 and 65535.
error-mail-plain-not-allowed = An unencrypted connection sends the password in clear. Choose TLS or STARTTLS, or confirm the unencrypted connection explicitly.
error-mail-unknown-security = Unknown security { $value }; use tls, starttls or none.
error-mail-unknown-auth = Unknown sign-in method { $value }; use plain, login, xoauth2 or none.
error-mail-password-required = Signing in needs both a user name and a password or token.
error-mail-not-configured = No outgoing mail server is set up yet.
error-mail-credential-store-unavailable = The system's password store cannot be used ({ $detail }). Unlock it or start it, then try again.
error-mail-credential-missing = The system's password store has no password for { $account }. Enter the password again.
error-mail-ca-file-invalid = { $path } is not a CA certificate in PEM form.
error-mail-bcc-not-allowed = { $provider } refuses messages with Bcc recipients; remove the Bcc address.
error-mail-test-failed = The connection test failed at the { $step } step.
# Mail outbox
error-mail-no-recipients = The message has no recipient. Give at least one To, Cc or Bcc address.
error-mail-message-too-large = The message would be about { $size } bytes, more than { $limit } bytes that many mail servers accept. Send smaller attachments or confirm that you want to send it anyway.
error-mail-compose-failed = The message could not be composed: { $detail }
error-mail-outbox-not-found = There is no message { $id } in the outbox.
error-mail-spool-invalid = The spooled message { $path } is not a plain file of the outbox folder (a link or a replaced file), so it was not sent. Cancel it and write it again.
error-mail-outbox-wrong-state = Message { $id } is { $state }; this cannot be done now.
error-mail-outcome-unknown = Sending was interrupted while the server was receiving the message, so it may have arrived. Check with the recipient, then send it again or cancel it.
error-mail-server-unreachable = { $reason ->
    [connection-refused] The mail server refused the connection: nothing answers on this port. Check the port and the security setting.
    [host-not-found] The mail server’s name was not found. Check the server name and that this computer is online.
    [timed-out] The mail server did not answer in time. Check that this computer is online and that no firewall blocks the port.
    [network-unreachable] The network to the mail server cannot be reached. Check that this computer is online.
    [connection-reset] The mail server closed the connection.
    [tls] The secure connection to the mail server failed. Check the security setting.
    [no-starttls] The mail server offers no secure connection (STARTTLS) on this port. Check the port and the security setting.
   *[other] The mail server could not be reached.
}
error-mail-auth-refused = The mail server refused the sign-in ({ $reply }). Check the user name and password in the mail settings.
error-mail-deferred = The mail server asked to try later ({ $reply }).
error-mail-rejected = The mail server refused the message ({ $reply }). Check the addresses and attachments.
error-mail-connection-lost = { $reason ->
    [connection-refused] The mail server refused the connection: nothing answers on this port. Check the port and the security setting.
    [host-not-found] The mail server’s name was not found. Check the server name and that this computer is online.
    [timed-out] The mail server did not answer in time. Check that this computer is online and that no firewall blocks the port.
    [network-unreachable] The network to the mail server cannot be reached. Check that this computer is online.
    [connection-reset] The mail server closed the connection.
    [tls] The secure connection to the mail server failed. Check the security setting.
    [no-starttls] The mail server offers no secure connection (STARTTLS) on this port. Check the port and the security setting.
   *[other] The connection to the mail server broke.
}
# Mail templates
error-mail-template-unknown-placeholder = Unknown placeholder { "{" }{ $name }{ "}" } in the { $part ->
        [subject] subject
        [html] HTML version
       *[text] message text
    }. Use recipient, company, sender, document, certificate, valid_until, login or cert_password.
error-mail-template-unbalanced-brace = A brace without its pair in the { $part ->
        [subject] subject
        [html] HTML version
       *[text] message text
    }. Write { "{" }{ "{" } or { "}" }{ "}" } for a literal brace.
error-mail-template-value-missing = No value was given for the placeholder { "{" }{ $name }{ "}" }.
error-mail-template-multiline-value = The value of { "{" }{ $name }{ "}" } goes into the subject and must be a single line.
error-mail-template-unknown-kind = Unknown template { $kind }. Use signed-document, portal-certificate, portal-password or renewal-request.
error-mail-template-password-required = The portal-password template must contain { "{" }cert_password{ "}" }.
error-mail-template-password-forbidden = The { $kind } template must not contain { "{" }cert_password{ "}" }: the password travels in its own message.
error-mail-template-password-in-subject = { "{" }cert_password{ "}" } may only be in the text of the portal-password message, not in its subject: subjects are shown in lists and notifications.
error-mail-template-empty = { $part ->
    [subject] The subject
    [html] The HTML version
   *[text] The message text
} of a template cannot be empty.
error-smtp-dns = The server name was not found. Check the host name for typing errors and that this computer is online.
error-smtp-connect = The server did not answer on this port. Check the port and security setting (465 with TLS, 587 with STARTTLS) and that no firewall blocks it.
error-smtp-tls-untrusted = The server's certificate is not issued by a trusted authority. If your IT department uses its own CA, add its certificate file; otherwise do not use this server.
error-smtp-tls-hostname = The server's certificate is for another name. Use the exact host name your provider gives (not an alias or an IP address).
error-smtp-tls-no-starttls = The server does not offer STARTTLS. Choose TLS on port 465 or ask the provider for the right settings.
error-smtp-tls = The secure connection could not be set up. Check the port and security setting (465 with TLS, 587 with STARTTLS).
error-smtp-auth = The server refused the user name or password. Check both; some providers need the full address as user name.
error-smtp-auth-app-password = The provider wants an app password: turn on two-step verification in the account's security settings, create an app password and enter it here.
error-smtp-auth-disabled = Sign-in by password (SMTP AUTH) is turned off for this account. Ask the administrator to allow it, or use OAuth2.
error-smtp-auth-oauth = The provider refused the OAuth2 sign-in token; it may have expired or lack the mail permission. Sign in to the provider again.
error-smtp-sender = The server refused the sender address. Use the address of the account you sign in with, or one the provider lets you send from.
error-smtp-done = The connection works: the server accepted the sign-in and the sender address.
# Batch renewal.
error-renewal-invalid-phone = { $value } is not a phone number: use digits, an optional leading +, spaces or dashes, 9 to 15 digits.
error-renewal-forbidden-email = The e-mail of these certificates is in a forbidden domain; give a new address for each: { $certificates }.
error-renewal-not-renewable = Certificate { $id } cannot be renewed ({ $reason }).
error-renewal-start-after-expiry = The new certificate for { $id } cannot start on { $date }, after the old one expires.
error-renewal-no-certificates = Choose at least one certificate to renew.
error-renewal-run-not-found = There is no renewal run { $id }.
error-renewal-no-match = The certificate in { $path } answers no renewal request.
error-renewal-wrong-state = The renewal of certificate { $id } is at the “{ $state }” step; this step is not possible now.
error-renewal-delivery-unsupported = { $method } is not a way to deliver requests. Use export:FOLDER or mail:ADDRESS.
error-renewal-run-busy = Renewal run { $id } is being run by another SealDesk window or command; wait for it to finish.
# Renewal documents.
error-document-font = The document font cannot be used ({ $reason }); reinstall SealDesk.
error-renewal-nothing-installed = No new certificate of renewal run { $id } is installed yet; import the issued certificates first.
error-renewal-not-a-receipt = { $path } is not a receipt for the renewal request of certificate { $id }: it does not name that request.
error-renewal-receipt-duplicate = { $path } was already imported as receipt { $number }.
error-renewal-notification-format = { $value } is not a notification format: use pdf or csv.
renewal-file-card = Accession card
renewal-file-receipt1 = Receipt 1
renewal-file-receipt2 = Receipt 2
renewal-card = Accession card
renewal-card-hint = The accession card joins the CA's data-processing agreement and is signed with the current certificate of { $name }, which must still be valid.
renewal-card-secret-kind = The current key is
renewal-document-lang = Language of the document
renewal-card-sign = Sign the accession card
renewal-card-written = Accession card signed and saved as { $file }.
renewal-receipt-file = Import receipt file
renewal-receipt-file-title = Receipt from the CA
renewal-receipt-file-filter = Receipts
renewal-receipt-file-imported = Receipt imported; the request is now: { $state }.
renewal-notification = Notification for the tax authority
renewal-notification-hint = Lists the installed new certificates with the director, tax number, serial number, validity and issuer.
renewal-notification-format = Format
renewal-notification-export = Export notification…
renewal-notification-title = Save the notification
renewal-notification-written = Notification of { $count } certificates saved as { $file }.

# Renewal screens.
renewal-tab-due = Due for renewal
renewal-tab-history = History of runs
renewal-tab-prices = Prices
renewal-within = Expiring within (days)
renewal-issuer = Issuer
renewal-issuer-all = All issuers
renewal-search = Search
renewal-count = Shown: { $shown } of { $total }. Chosen: { $selected }.
renewal-none = No certificate with a key expires within { $days } days.
renewal-col-choose = Choose
renewal-col-holder = Holder
renewal-col-issuer = Issuer
renewal-col-email = E-mail
renewal-col-expires = Expires
renewal-col-start = Start of the new certificate
renewal-col-state = State
renewal-col-files = Files
renewal-col-actions = Actions
renewal-actions-of = Actions for { $name }
renewal-col-run = Run
renewal-col-date = Date
renewal-col-items = Items
renewal-choose-one = Choose { $name }
renewal-select-all = Choose all shown
renewal-in-run = in run { $id }
renewal-days-left = { $days } days left
renewal-days-ago = expired { $days } days ago
renewal-renew-selected = Renew selected ({ $count })
renewal-no-runs = No renewal run yet.
renewal-open = Open
renewal-wizard-title = Renewing { $count } certificates
renewal-step-details = Details
renewal-step-secrets = Passwords and delivery
renewal-contact = Contact person
renewal-phone = Contact phone
renewal-expires = expires { $date }
renewal-email-forbidden = The CA refuses addresses in this domain: give another one.
renewal-start-all = One start date for all (optional)
renewal-start-hint = By default each new certificate starts 3 days before the old one expires; never after it.
renewal-term = Term
renewal-term-years = { $years ->
        [one] { $years } year
       *[other] { $years } years
    }
renewal-algorithm = Key algorithm
renewal-algorithm-same = Same as the old key
renewal-destination = Where the new keys go
renewal-dest-folder = Key files in a folder
renewal-dest-token = A token
renewal-key-dir = Folder for new keys and requests
renewal-choose = Choose…
renewal-new-password = Password of the new key files
renewal-new-password2 = The password again
renewal-password-mismatch = The two passwords differ.
renewal-token-label = Token label
renewal-token-pin = Token PIN
renewal-back = Back
renewal-missing-contact = name the contact person
renewal-missing-phone = give a valid phone number
renewal-missing-phrase = type the same phrase twice
renewal-missing-items = fix the marked e-mails and start dates
renewal-missing-key-dir = choose the folder for the new keys
renewal-missing-password = type the new keys' password twice alike
renewal-missing-token = name the token and give its PIN
renewal-missing-delivery = choose the export folder or give the CA's address
renewal-missing-old = give the old keys' passwords or PINs
renewal-old-intro = The old certificates sign the requests: give their passwords or PINs.
renewal-old-shared = One password for all old keys
renewal-old-secret = Password or PIN of the old keys
renewal-old-secret-of = Password or PIN of { $name }
renewal-old-pin-of = PIN of { $name }
renewal-export-dir = Folder for the request envelopes
renewal-deliver = How the requests reach the CA
renewal-deliver-export = Save them in a folder (to upload or send yourself)
renewal-deliver-mail = E-mail them to the CA through the outbox
renewal-ca-address = The CA's address for renewal requests
renewal-ca-language = Language of the letter
renewal-deliver-mail-hint = Each request is queued once in the outbox with the "renewal request" mail template; the outbox sends it and retries when the server is unreachable.
renewal-deliver-mail-to = The requests are e-mailed to { $address }.
renewal-file-mailed = E-mailed to
renewal-mail-state-queued = waiting in the outbox
renewal-mail-state-sending = sending
renewal-mail-state-sent = sent
renewal-mail-state-failed = not sent: see the outbox
renewal-mail-state-cancelled = cancelled in the outbox
renewal-export-hint = Upload the envelopes from this folder to the CA, or send them by hand.
renewal-start = Start
renewal-run-title = Renewal run { $id }
renewal-run-summary = Planned { $date } · contact { $contact }, { $phone } · { $years ->
        [one] { $years } year
       *[other] { $years } years
    }
renewal-progress = Forming requests
renewal-stop = Stop after this certificate
renewal-file-key = New key
renewal-file-envelope = Envelope
renewal-file-sent = Exported to
renewal-show = Show in folder
renewal-receipt1 = Receipt 1 received
renewal-receipt2 = Final receipt received
renewal-retry = Retry failed ({ $count })
renewal-retry-title = Retry the failed certificates
renewal-new-secret = Password of the new key files (or token PIN)
renewal-cancel-retry = Cancel
renewal-import = Import issued certificates
renewal-import-hint = Files from the CA with the new certificates (PEM or DER); each is matched to its request.
renewal-import-path = Path of a certificate file
renewal-import-go = Import
renewal-import-title = Issued certificates
renewal-import-filter = Certificates
renewal-imported = Installed certificates: { $count }.
renewal-state-planned = planned
renewal-state-formed = formed
renewal-state-sent = sent
renewal-state-exported = exported
renewal-state-mailed = e-mailed
renewal-state-receipt1 = receipt 1
renewal-state-receipt2 = final receipt
renewal-state-issued = issued
renewal-state-installed = installed
renewal-state-failed = failed
renewal-state-cancelled = cancelled
renewal-col-price = Price
renewal-no-price = no price configured
renewal-total = Total: { $amount }
renewal-unpriced = Without a price: { $count }
renewal-prices-title = Price list of renewals
renewal-prices-hint = What each CA charges for renewing a certificate; the wizard totals a run with these prices. Name the CA as its certificates name their issuer.
renewal-prices-none = No price yet.
renewal-price-set-title = Set a price
renewal-price-ca = CA (issuer of the certificates)
renewal-price-amount = Amount
renewal-price-currency = Currency
renewal-price-currency-hint = Three letters, such as UAH, PLN, EUR or ILS.
renewal-price-save = Save the price
renewal-price-saved = Price saved: { $ca }, { $term }, { $amount }.
renewal-price-remove = Remove
renewal-price-remove-of = Remove the price of { $ca } for { $term }
renewal-price-removed = Price removed: { $ca }, { $term }.
renewal-phrase = Phrase for blocking by phone (optional)
renewal-phrase2 = The phrase again
renewal-phrase-hint = Kept only in the system's credential store, never shown again unless you ask for it.
renewal-phrase-mismatch = The two phrases differ.
renewal-phrase-stored = The phrase for blocking by phone is in the system's credential store.
renewal-cancel-rest = Cancel the rest
renewal-cancel-item = Cancel
renewal-phrase-show = Show the phrase for blocking by phone
renewal-phrase-hide = Hide the phrase
# Batch renewal: price list, phrase, cancelling.
error-renewal-amount-required = Type the amount, like 1234.50.
error-renewal-price-ca-required = Name the CA the price is for.
error-renewal-invalid-amount = { $value } is not an amount: write it like 1234.50.
error-renewal-invalid-currency = { $value } is not a currency code: use three letters like UAH, PLN, EUR, ILS.
error-renewal-price-not-found = There is no price for { $ca } for { $term_years } years.
error-renewal-phrase-missing = The phrase for blocking by phone of renewal run { $id } is not in the credential store.
error-renewal-item-not-found = Certificate { $id } is not part of renewal run { $run }.
error-portal-contractor-not-found = There is no contractor { $code } in this company.
error-portal-contractor-code-taken = This company already has a contractor with the code { $code }.
error-portal-user-not-found = There is no portal user { $id } in this company.
error-portal-missing = The { $field ->
        [code] code
        [login] login
        [email] e-mail address
       *[other] name
    } is missing.
error-portal-invalid-email = { $value } is not an e-mail address.
error-portal-unknown-language = { $value } is not a language SealDesk writes in (en, pl, he, it, ru, uk).
error-portal-duplicate-login = Contractor { $contractor } already has the login { $login }.
error-portal-bad-header = The first line must be the header { $expected }.
error-portal-wrong-field-count = The line has { $found } fields instead of { $expected }.
error-portal-import-refused = { $count ->
        [one] One line of the file is wrong
       *[other] { $count } lines of the file are wrong
    }; nothing was imported.
error-portal-not-csv = The file is not CSV text in UTF-8.
error-portal-interrupted = The run was interrupted after the certificate of portal user { $id } was sent, so its password is lost. Send that user a new certificate.
error-quota-reached = Maximum number of active certificates reached: { $active } active, quota { $quota }, { $wanted } more wanted. Nothing was issued.
warning-renewal-start-close-to-expiry = The new certificate for { $id } starts on { $date }, less than 2 days before the old one expires on { $expiry }; the tax authority may not be notified in time.
# Mail: outgoing server settings and the connection test.
mail-settings-title = Outgoing mail server
mail-not-configured = No outgoing mail server is set up yet. Set it up to send signed documents by e-mail.
mail-set-up = Set up
mail-change = Change
mail-saved = The outgoing mail server is saved.
mail-wizard-title = Outgoing mail
mail-save = Save
mail-step-sender-title = Sender and server
mail-step-login-title = Sign-in
mail-step-test-title = Test and save
mail-from-address = Sender address
mail-from-name = Sender name
mail-provider-detected = Settings of { $name } found for this address:
mail-provider-unknown = This provider is not in the table: enter its server settings.
mail-server-source = Server
mail-use-detected = Use these settings
mail-manual = Enter the server by hand
mail-host = Server
mail-port = Port
mail-security = Security
mail-security-tls = TLS (encrypted from the start)
mail-security-starttls = STARTTLS (encryption required)
mail-security-none = None (unencrypted)
mail-auth = Sign-in method
mail-auth-plain = User name and password (standard)
mail-auth-login = User name and password (older method)
mail-auth-xoauth2 = OAuth2 token
mail-auth-none = No sign-in
mail-plain-warning = Without encryption the password and every message travel in clear: anyone on the network can read them. Use this only for a relay inside your own network.
mail-plain-confirm = I understand and want an unencrypted connection
mail-user = User name
mail-password = Password
mail-token = OAuth2 token
mail-password-hint = Kept only in the system's password store, never in SealDesk's files.
mail-password-saved-keep = A password is saved for this login; leave the field empty to keep it.
mail-password-saved = Saved in the system's password store
mail-password-missing = Not found in the system's password store: enter it again
mail-no-login = This server takes no sign-in.
mail-bcc-self = Send me a blind copy of each message
mail-eml-dir = Folder for copies of sent messages (.eml)
mail-eml-dir-hint = Optional: each sent message is also saved there.
mail-ca-file = Extra CA certificate for this server (PEM)
mail-ca-file-hint = Only when your IT department runs its own certificate authority.
mail-test-hint = The test connects, signs in and offers the sender address without sending anything.
mail-test-detail = Technical details (for support)
mail-test-failed-warning = The test failed: with these settings SealDesk probably cannot send mail. Correct them and test again, or save them anyway if the server cannot be reached from here now.
mail-save-failed-confirm = Save these settings although the test failed
mail-test = Test connection
mail-testing = Testing…
mail-step-dns = Step: finding the server
mail-step-connect = Step: connecting
mail-step-tls = Step: secure connection
mail-step-auth = Step: sign-in
mail-step-sender = Step: sender address
mail-step-done = All steps passed
validation-mail-host-required = Enter the server name, or choose the detected settings.
validation-mail-plain-confirm = Confirm the unencrypted connection, or choose TLS or STARTTLS.
validation-mail-test-failed-confirm = The connection test failed. Correct the settings and test again, or confirm that you want to save them anyway.
validation-mail-user-required = Enter the user name.
validation-mail-password-required = Enter the password.
mail-note-app-password = Needs an app password: turn on two-step verification, then create one in the account's security settings.
mail-note-oauth-only = Accepts only OAuth2 sign-in; an ordinary password is refused.
mail-note-tenant-may-disable-smtp-auth = The organisation's administrator may have turned off SMTP sign-in (the server answers 535 5.7.139).
mail-note-enable-mail-programs = Access for mail programs must first be turned on in the webmail settings.
mail-note-login-local-part = The login is the part of the address before the @.
mail-note-login-user-id = The login is the user id given by the provider, not the address.
mail-note-bridge-only = Proton Mail sends only through Proton Mail Bridge running on this computer (paid plans); use the host, port and password Bridge shows.
mail-note-pec-bcc-refused = Certified mail (PEC): messages with Bcc recipients are refused; the PEC receipts are the proof of sending.
mail-note-pec-mail-program-password = With two-step login a separate mail-program password is needed; it expires every 3 months.
mail-note-rate-limited = The provider limits how many messages can be sent a minute.
mail-note-no-automated-sending = The contract forbids automated sending without the user's direct action.
mail-note-isp-relay-only = Old relay of the Internet provider: works only from inside its own network, without encryption. No current official settings are known; ask the provider.
mail-note-server-is-domain = The server name is your own domain's mail host as shown in the hosting panel.

## Mail templates, outbox and sending a document by e-mail
tpl-title = Message templates
tpl-intro = The wording of the messages SealDesk sends, per kind and language. Placeholders in braces are filled in for each message.
tpl-kind = Message
tpl-kind-signed-document = Signed document
tpl-kind-portal-certificate = Portal certificate file
tpl-kind-portal-password = Portal certificate password
tpl-kind-renewal-request = Renewal request
tpl-language = Language
tpl-customized = Your own wording is in use.
tpl-default = The default wording is in use.
tpl-placeholders = Placeholders (click to insert where the cursor is)
tpl-insert = Insert { $name }
tpl-subject = Subject
tpl-text = Text
tpl-html = HTML (optional)
tpl-html-hint = Leave empty to make the HTML from the text.
tpl-preview = Preview
tpl-preview-title = Preview with example values
tpl-save = Save template
tpl-reset = Reset to default
tpl-saved = The template is saved.
tpl-reset-done = The default wording is back.
outbox-title = Outbox
outbox-refresh = Refresh
outbox-send-now = Send now
outbox-sending = Sending…
outbox-empty = The outbox is empty.
outbox-col-to = Recipients
outbox-col-subject = Subject
outbox-col-state = State
outbox-col-attempts = Attempts
outbox-col-next = Next try / sent
outbox-col-actions = Actions
outbox-state-queued = Waiting
outbox-state-sending = Sending
outbox-state-sent = Sent
outbox-state-failed = Failed
outbox-state-cancelled = Cancelled
outbox-retry = Retry
outbox-cancel = Cancel
outbox-cancel-confirm = Cancel sending “{ $subject }”? It will not be sent, and cannot be put back in the queue.
outbox-cancel-yes = Cancel sending
outbox-send-now-due = { $count ->
    [one] Sending { $count } message now.
   *[other] Sending { $count } messages now.
}
outbox-send-now-none-due = Nothing is due now. The next message is due at { $at }.
outbox-send-now-nothing = Nothing is waiting to be sent.
send-title = Send { $name } by e-mail
send-intro = The file is signed with { $signer } and queued in the outbox.
send-to = Recipient's e-mail address
send-to-hint = Several addresses may be separated by commas or semicolons.
send-name = Recipient's name
send-language = Language of the message
send-smime = Also sign the e-mail itself (S/MIME)
send-large-warning = This file makes a message larger than many mail servers accept; the recipient may not receive it.
send-large-confirm = Send it anyway
send-submit = Sign and send
send-busy = Signing…
validation-send-to-required = Enter the recipient's e-mail address.
validation-send-name-required = Enter the recipient's name.
docs-send = Send by e-mail
docs-sent = { $name } is signed and waits in the outbox.
docs-open-outbox = Open the outbox
send-intro-signed = The document signed with { $signer } is queued in the outbox; the key is needed again only to sign the e-mail itself.
send-submit-signed = Send
send-existing-legend = What to send
send-existing-this = { $name } is already there: this document, signed with { $signer }.
send-existing-reuse = Send that signed copy as it is
send-existing-again = Sign again into a new file
send-existing-other = { $name } is already there, but it is not this document signed with { $signer }. It is left as it is; the new signed copy gets another name.
send-output-name = File name of the new signed copy
send-output-name-hint = It is saved in the same folder as the document.
audit-mail-queued = Message { $id } queued
audit-mail-sent = Message { $id } sent
audit-mail-retry = Message { $id } put back for sending
audit-mail-cancelled = Message { $id } cancelled
audit-mail-deferred = Message { $id } not sent yet (attempt { $attempts })
audit-mail-failed = Message { $id } failed (attempt { $attempts })
audit-mail-outcome-unknown = Message { $id }: sending was interrupted
audit-mail-template-saved = Template { $kind } ({ $language }) saved
audit-mail-template-reset = Template { $kind } ({ $language }) reset to the default
