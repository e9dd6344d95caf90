// Typed calls to the app's commands. Each command is a thin adapter over the
// Rust core; nothing here decides anything the core should decide.
import { Channel, invoke } from "@tauri-apps/api/core";
import type { InvokeArgs } from "@tauri-apps/api/core";
import type { CommandName } from "./generated/commands";
import type { AppInfo } from "./generated/AppInfo";
import type { AuditEvent } from "./generated/AuditEvent";
import type { BackupProgress } from "./generated/BackupProgress";
import type { BackupWritten } from "./generated/BackupWritten";
import type { ErrorPayload } from "./generated/ErrorPayload";
import type { Language } from "./generated/Language";
import type { PasswordStrength } from "./generated/PasswordStrength";
import type { RecoveryCodeView } from "./generated/RecoveryCodeView";
import type { Money } from "./generated/Money";
import type { PlanPreview } from "./generated/PlanPreview";
import type { PreviewRequest } from "./generated/PreviewRequest";
import type { RenewalCandidate } from "./generated/RenewalCandidate";
import type { Term } from "./generated/Term";
import type { Warning } from "./generated/Warning";
import type { SigningCertificate } from "./generated/SigningCertificate";
import type { DocumentsCheck } from "./generated/DocumentsCheck";
import type { FirstStep } from "./generated/FirstStep";
import type { FirstSteps } from "./generated/FirstSteps";
import type { Restored } from "./generated/Restored";

export type {
  AdminStatus,
} from "./generated/AdminStatus";
export type { Settings } from "./generated/Settings";
export type {
  AppInfo,
  AuditEvent,
  BackupProgress,
  BackupWritten,
  ErrorPayload,
  FirstStep,
  FirstSteps,
  Language,
  PasswordStrength,
  RecoveryCodeView,
  Restored,
};
/** How far a long piece of work has come. */
export type Progress = BackupProgress;

/** Invokes a command by a name the generated list knows, so a renamed or
 * removed command fails the type check instead of at run time. */
function call<T>(command: CommandName, args?: InvokeArgs): Promise<T> {
  return invoke<T>(command, args);
}

/** Whether a thrown value is an error the core produced. */
export function isErrorPayload(value: unknown): value is ErrorPayload {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

export const api = {
  appInfo: () => call<AppInfo>("app_info"),
  passwordStrength: (password: string, minChars: number, userInputs: string[]) =>
    call<PasswordStrength>("password_strength", { password, minChars, userInputs }),
  setupAdministrator: (name: string, password: string) =>
    call<RecoveryCodeView>("setup_administrator", { name, password }),
  /** Signs `login` in (the administrator is `admin`) and opens the session. */
  unlock: (login: string, password: string) => call<void>("unlock", { login, password }),
  recoverPassword: (code: string, newPassword: string) =>
    call<RecoveryCodeView>("recover_password", { code, newPassword }),
  lock: () => call<void>("lock"),
  touchSession: () => call<void>("touch_session"),
  setLanguage: (language: Language) => call<void>("set_language", { language }),
  setIdleLock: (minutesIdle: number) => call<void>("set_idle_lock", { minutesIdle }),
  recentActivity: (limit: number) => call<AuditEvent[]>("recent_activity", { limit }),
  /** Which first steps the store shows as done, and whether the guide is shown. */
  firstSteps: () => call<FirstSteps>("first_steps"),
  hideFirstSteps: (hidden: boolean) => call<FirstSteps>("hide_first_steps", { hidden }),
  /** Backs the store up into `folder`, or into its backups folder without one. */
  backupStore: (folder: string | null, onProgress: (p: Progress) => void) => {
    const channel = new Channel<Progress>();
    channel.onmessage = onProgress;
    return call<BackupWritten>("backup_store", { folder, onProgress: channel });
  },
  /** Replaces the store with a backup; the session is locked afterwards. */
  restoreBackup: (path: string) => call<Restored>("restore_backup", { path }),
};

// ---- Companies and operators ---------------------------------------------

import type { Actor } from "./generated/Actor";
import type { Company } from "./generated/Company";
import type { CompanyRequest } from "./generated/CompanyRequest";
import type { CompanyRow } from "./generated/CompanyRow";
import type { Operator } from "./generated/Operator";
import type { SignedIn } from "./generated/SignedIn";
export type { Actor, Company, CompanyRequest, CompanyRow, Operator, SignedIn };

export const companiesApi = {
  /** Who is signed in, the company open, and what the core lets them do. */
  signedIn: () => call<SignedIn>("signed_in"),
  /** Opens company `code` for the rest of the session; ask `signedIn` afterwards. */
  open: (code: string) => call<void>("open_company", { code }),
  list: () => call<CompanyRow[]>("list_companies"),
  create: (code: string, request: CompanyRequest) => call<Company>("create_company", { code, request }),
  update: (code: string, request: CompanyRequest) => call<Company>("update_company", { code, request }),
  /** The operators of the company open. */
  operators: () => call<Operator[]>("list_operators"),
  /** Adds an operator of the company open. */
  addOperator: (login: string, name: string, password: string) =>
    call<Operator>("add_operator", { login, name, password }),
};

// ---- Contractors and portal users ------------------------------------------

import type { Contractor } from "./generated/Contractor";
import type { ContractorFields } from "./generated/ContractorFields";
import type { ImportReport } from "./generated/ImportReport";
import type { LineError } from "./generated/LineError";
import type { PortalUser } from "./generated/PortalUser";
import type { PortalUserFields } from "./generated/PortalUserFields";
import type { PortalUserQuery } from "./generated/PortalUserQuery";
export type { Contractor, ContractorFields, ImportReport, LineError, PortalUser, PortalUserFields, PortalUserQuery };

export const portalApi = {
  contractors: () => call<Contractor[]>("list_contractors"),
  addContractor: (fields: ContractorFields) => call<Contractor>("add_contractor", { fields }),
  /** The users the core finds for `query` (its search, its filter, its limit). */
  users: (query: PortalUserQuery) => call<PortalUser[]>("list_portal_users", { query }),
  addUser: (fields: PortalUserFields) => call<PortalUser>("add_portal_user", { fields }),
  updateUser: (id: number, name: string, email: string, lang: Language) =>
    call<PortalUser>("update_portal_user", { id, name, email, lang }),
  setDisabled: (id: number, disabled: boolean) => call<PortalUser>("set_portal_user_disabled", { id, disabled }),
  /** Imports the CSV file at `path`: all its lines, or none and the bad ones named. */
  importUsers: (path: string) => call<ImportReport>("import_portal_users", { path }),
};

// ---- Company seal and certificates -------------------------------------

import type { CertificateActions } from "./generated/CertificateActions";
import type { CheckedOrganizationId } from "./generated/CheckedOrganizationId";
import type { CertificateDetail } from "./generated/CertificateDetail";
import type { CertificateInfo } from "./generated/CertificateInfo";
import type { CertificatePage } from "./generated/CertificatePage";
import type { CertificateQuery } from "./generated/CertificateQuery";
import type { CertificateRecord } from "./generated/CertificateRecord";
import type { Imported } from "./generated/Imported";
import type { CertificateSource } from "./generated/CertificateSource";
import type { CertificateStatus } from "./generated/CertificateStatus";
import type { CsrRequest } from "./generated/CsrRequest";
import type { ExportFormat } from "./generated/ExportFormat";
import type { IssueCertificate } from "./generated/IssueCertificate";
import type { IssueKeyInput } from "./generated/IssueKeyInput";
import type { IssuedCertificate } from "./generated/IssuedCertificate";
import type { KeyAlgorithm } from "./generated/KeyAlgorithm";
import type { KeyLocation } from "./generated/KeyLocation";
import type { KeySecretInput } from "./generated/KeySecretInput";
import type { NameAttribute } from "./generated/NameAttribute";
import type { NewSeal } from "./generated/NewSeal";
import type { Pkcs12Export } from "./generated/Pkcs12Export";
import type { Pkcs12Profile } from "./generated/Pkcs12Profile";
import type { Pkcs12Target } from "./generated/Pkcs12Target";
import type { PkiLimits } from "./generated/PkiLimits";
import type { Profile } from "./generated/Profile";
import type { RevocationReason } from "./generated/RevocationReason";
import type { SealKeyInput } from "./generated/SealKeyInput";
import type { SealRecord } from "./generated/SealRecord";
import type { StatusReason } from "./generated/StatusReason";
import type { SubjectFields } from "./generated/SubjectFields";
import type { WrittenRequest } from "./generated/WrittenRequest";
export type {
  CertificateActions,
  CheckedOrganizationId,
  CertificateDetail,
  CertificateInfo,
  CertificatePage,
  CertificateQuery,
  CertificateRecord,
  Imported,
  CertificateSource,
  CertificateStatus,
  CsrRequest,
  ExportFormat,
  IssueCertificate,
  IssueKeyInput,
  IssuedCertificate,
  KeyAlgorithm,
  KeyLocation,
  KeySecretInput,
  NameAttribute,
  NewSeal,
  Pkcs12Export,
  Pkcs12Profile,
  Pkcs12Target,
  PkiLimits,
  Profile,
  RevocationReason,
  SealKeyInput,
  SealRecord,
  StatusReason,
  SubjectFields,
  WrittenRequest,
};

export const pkiApi = {
  limits: () => call<PkiLimits>("pki_limits"),
  /** The seal's organisation identifier as the core would write it, or its refusal. */
  checkSealOrganizationId: (country: string, value: string) =>
    call<CheckedOrganizationId>("check_seal_organization_id", { country, value }),
  listSeals: () => call<SealRecord[]>("list_seals"),
  createSeal: (request: NewSeal) => call<SealRecord>("create_seal", { request }),
  exportSeal: (id: number, path: string) => call<void>("export_seal", { id, path }),
  revokeSeal: (id: number) => call<SealRecord>("revoke_seal", { id }),
  listCertificates: (query: CertificateQuery) => call<CertificatePage>("list_certificates", { query }),
  certificateDetail: (id: number) => call<CertificateDetail>("certificate_detail", { id }),
  issueCertificate: (request: IssueCertificate) => call<IssuedCertificate>("issue_certificate", { request }),
  revokeCertificate: (id: number, reason: RevocationReason) =>
    call<CertificateRecord>("revoke_certificate", { id, reason }),
  /** Trusts a CA as a root; `fingerprint` is the SHA-256 the user confirmed. */
  trustCertificate: (id: number, fingerprint: string) =>
    call<CertificateRecord>("trust_certificate", { id, fingerprint }),
  untrustCertificate: (id: number) => call<CertificateRecord>("untrust_certificate", { id }),
  importCertificate: (path: string, password: string | null) =>
    call<Imported>("import_certificate", { path, password }),
  exportCertificate: (id: number, path: string) => call<void>("export_certificate", { id, path }),
  exportCertificatePkcs12: (request: Pkcs12Export) => call<void>("export_certificate_pkcs12", { request }),
  createCsr: (request: CsrRequest) => call<WrittenRequest>("create_csr", { request }),
};

// ---- Documents -----------------------------------------------------------

/** A certificate valid now whose key SealDesk holds (seals excepted). */
export type { SigningCertificate } from "./generated/SigningCertificate";

import type { SignatureFormat } from "./generated/SignatureFormat";
import type { SignedItem } from "./generated/SignedItem";
export type { SignatureFormat, SignedItem, DocumentsCheck };

export const documentsApi = {
  signingCertificates: () => call<SigningCertificate[]>("signing_certificates"),
  /** Which files of the list can be signed now, and why the others cannot. */
  checkDocuments: (paths: string[]) => call<DocumentsCheck>("check_documents", { paths }),
  signDocuments: (
    certificateId: number,
    secret: KeySecretInput,
    paths: string[],
    onProgress: (p: Progress) => void,
  ) => {
    const channel = new Channel<Progress>();
    channel.onmessage = onProgress;
    return call<SignedItem[]>("sign_documents", { certificateId, secret, paths, onProgress: channel });
  },
  stopSigning: () => call<void>("stop_signing"),
};

// ---- Signing identities ---------------------------------------------------

import type { Attached } from "./generated/Attached";
import type { BusinessIdKind } from "./generated/BusinessIdKind";
import type { CheckedId } from "./generated/CheckedId";
import type { IdKind } from "./generated/IdKind";
import type { IdentityCertificateInput } from "./generated/IdentityCertificateInput";
import type { IdentityKeyInput } from "./generated/IdentityKeyInput";
import type { IdentityLimits } from "./generated/IdentityLimits";
import type { IdentityRecord } from "./generated/IdentityRecord";
import type { IdentityState } from "./generated/IdentityState";
import type { NotSelectedReason } from "./generated/NotSelectedReason";
import type { RegisterIdentity } from "./generated/RegisterIdentity";
import type { Registered } from "./generated/Registered";
import type { Removed } from "./generated/Removed";
export type {
  Attached,
  BusinessIdKind,
  CheckedId,
  IdKind,
  IdentityCertificateInput,
  IdentityKeyInput,
  IdentityLimits,
  IdentityRecord,
  IdentityState,
  NotSelectedReason,
  RegisterIdentity,
  Registered,
  Removed,
};

export const identityApi = {
  limits: () => call<IdentityLimits>("identity_limits"),
  checkBusinessId: (country: string, kind: BusinessIdKind | null, value: string) =>
    call<CheckedId>("check_business_id", { country, kind, value }),
  register: (registration: RegisterIdentity) => call<Registered>("register_identity", { registration }),
  list: () => call<IdentityRecord[]>("list_identities"),
  select: (id: number) => call<IdentityRecord>("select_identity", { id }),
  /** Removes an identity; its key and certificate stay. */
  remove: (id: number) => call<Removed>("remove_identity", { id }),
  attach: (id: number, path: string) => call<Attached>("attach_identity_certificate", { id, path }),
};

// ---- Verification ----------------------------------------------------------

import type { Modification } from "./generated/Modification";
import type { ModificationChange } from "./generated/ModificationChange";
import type { ModifiedRole } from "./generated/ModifiedRole";
import type { SignatureReport } from "./generated/SignatureReport";
import type { TrustAnchor } from "./generated/TrustAnchor";
import type { Verdict } from "./generated/Verdict";
import type { Verification } from "./generated/Verification";
import type { VerifyProblem } from "./generated/VerifyProblem";
export type {
  Modification,
  ModificationChange,
  ModifiedRole,
  SignatureReport,
  TrustAnchor,
  Verdict,
  Verification,
  VerifyProblem,
};

export const verifyApi = {
  verify: (path: string, signature: string | null) => call<Verification>("verify_document", { path, signature }),
};

// ---- Batch renewal ----------------------------------------------------------

import type { Delivered } from "./generated/Delivered";
import type { NotificationFormat } from "./generated/NotificationFormat";
import type { NotifiedCertificate } from "./generated/NotifiedCertificate";
import type { Planned } from "./generated/Planned";
import type { RenewalDelivery } from "./generated/RenewalDelivery";
import type { RenewalInstalled } from "./generated/RenewalInstalled";
import type { RenewalItem } from "./generated/RenewalItem";
import type { RenewalItemActions } from "./generated/RenewalItemActions";
import type { RenewalNotification } from "./generated/RenewalNotification";
import type { RenewalOptions } from "./generated/RenewalOptions";
import type { RenewalPlan } from "./generated/RenewalPlan";
import type { RenewalRun } from "./generated/RenewalRun";
import type { RenewalRunActions } from "./generated/RenewalRunActions";
import type { RenewalState } from "./generated/RenewalState";
import type { RenewalPrice } from "./generated/RenewalPrice";
import type { RequestMail } from "./generated/RequestMail";
import type { SignedCard } from "./generated/SignedCard";
import type { StateCount } from "./generated/StateCount";
export type {
  Delivered,
  NotificationFormat,
  NotifiedCertificate,
  Planned,
  RenewalDelivery,
  RenewalInstalled,
  RenewalItem,
  RenewalItemActions,
  RenewalNotification,
  RenewalOptions,
  RenewalPlan,
  RenewalPrice,
  RenewalRun,
  RenewalRunActions,
  RenewalState,
  RequestMail,
  SignedCard,
  StateCount,
};
export type { Money } from "./generated/Money";
export type { PlanPreview } from "./generated/PlanPreview";
export type { PreviewItem } from "./generated/PreviewItem";
export type { PreviewRequest } from "./generated/PreviewRequest";
export type { RenewalCandidate } from "./generated/RenewalCandidate";
export type { Term } from "./generated/Term";
/** Something a plan asks the user to look at. */
export type PlanWarning = Warning;

export const renewalApi = {
  options: () => call<RenewalOptions>("renewal_options"),
  candidates: (withinDays: number) => call<RenewalCandidate[]>("renewal_candidates", { withinDays }),
  checkPhone: (phone: string) => call<string>("check_phone", { phone }),
  preview: (request: PreviewRequest) => call<PlanPreview>("preview_renewal_plan", { request }),
  prices: () => call<RenewalPrice[]>("renewal_prices"),
  setPrice: (ca: string, term: Term, amount: string, currency: string) =>
    call<RenewalPrice>("set_renewal_price", { ca, term, amount, currency }),
  removePrice: (ca: string, term: Term) => call<void>("remove_renewal_price", { ca, term }),
  plan: (plan: RenewalPlan) => call<Planned>("plan_renewal", { plan }),
  cancel: (runId: number, certificates: number[]) => call<RenewalRun>("cancel_renewal", { runId, certificates }),
  run: (
    runId: number,
    oldSecrets: Record<number, string>,
    newKeyPassword: string,
    delivery: RenewalDelivery,
    onItem: (item: RenewalItem) => void,
  ) => {
    const channel = new Channel<RenewalItem>();
    channel.onmessage = onItem;
    return call<RenewalRun>("run_renewal", { runId, oldSecrets, newKeyPassword, delivery, onProgress: channel });
  },
  stop: () => call<void>("stop_renewal"),
  phrase: (runId: number) => call<string>("renewal_phrase", { runId }),
  runs: () => call<RenewalRun[]>("list_renewal_runs"),
  show: (runId: number) => call<RenewalRun>("show_renewal_run", { runId }),
  receipt: (runId: number, certId: number, number: 1 | 2) =>
    call<RenewalItem>("record_renewal_receipt", { runId, certId, number }),
  importCertificates: (runId: number | null, paths: string[]) =>
    call<RenewalInstalled[]>("import_renewal_certificates", { runId, paths }),
  signCard: (runId: number, certId: number, secret: KeySecretInput, lang: string) =>
    call<SignedCard>("sign_renewal_card", { runId, certId, secret, lang }),
  importReceipt: (runId: number, certId: number, path: string) =>
    call<RenewalItem>("import_renewal_receipt", { runId, certId, path }),
  exportNotification: (runId: number, format: "pdf" | "csv", lang: string, path: string) =>
    call<RenewalNotification>("export_renewal_notification", { runId, format, lang, path }),
};

// ---- Mail ---------------------------------------------------------------

import type { AuthMethod as MailAuth } from "./generated/AuthMethod";
import type { DeliveryProgress } from "./generated/DeliveryProgress";
import type { DeliveryRequest } from "./generated/DeliveryRequest";
import type { DocumentMailInput } from "./generated/DocumentMailInput";
import type { LastError } from "./generated/LastError";
import type { MailOptions } from "./generated/MailOptions";
import type { MailSettingsInput as SmtpSettingsInput } from "./generated/MailSettingsInput";
import type { MailSettingsRequest } from "./generated/MailSettingsRequest";
import type { MailSettingsView } from "./generated/MailSettingsView";
import type { MessageSize } from "./generated/MessageSize";
import type { MessageSizeRequest } from "./generated/MessageSizeRequest";
import type { SendChoices } from "./generated/SendChoices";
import type { SendChoicesRequest } from "./generated/SendChoicesRequest";
import type { OutboxActions } from "./generated/OutboxActions";
import type { OutboxEntry } from "./generated/OutboxEntry";
import type { Provider as MailProvider } from "./generated/Provider";
import type { Rendered as RenderedTemplate } from "./generated/Rendered";
import type { Security as MailSecurity } from "./generated/Security";
import type { SentDocument } from "./generated/SentDocument";
import type { ShownTemplate } from "./generated/ShownTemplate";
import type { SignedOutput } from "./generated/SignedOutput";
import type { SmtpSettings } from "./generated/SmtpSettings";
import type { State as OutboxState } from "./generated/State";
import type { Step as TestStep } from "./generated/Step";
import type { Template as MailTemplate } from "./generated/Template";
import type { TemplateCatalog } from "./generated/TemplateCatalog";
import type { TemplateEntry } from "./generated/TemplateEntry";
import type { TemplateKind } from "./generated/TemplateKind";
import type { TemplateRequest } from "./generated/TemplateRequest";
import type { TemplateReset } from "./generated/TemplateReset";
import type { TestOutcome } from "./generated/TestOutcome";
import type { WorkerEvent as OutboxEvent } from "./generated/WorkerEvent";

export type {
  DeliveryProgress,
  DeliveryRequest,
  DocumentMailInput,
  LastError,
  MailAuth,
  MailOptions,
  MailProvider,
  MailSecurity,
  MailSettingsView,
  MailTemplate,
  MessageSize,
  SendChoices,
  OutboxActions,
  OutboxEntry,
  OutboxEvent,
  OutboxState,
  RenderedTemplate,
  SentDocument,
  ShownTemplate,
  SignedOutput,
  SmtpSettings,
  SmtpSettingsInput,
  TemplateCatalog,
  TemplateEntry,
  TemplateKind,
  TemplateReset,
  TestOutcome,
  TestStep,
};

export const mailApi = {
  provider: (address: string) => call<MailProvider | null>("mail_provider", { address }),
  settings: () => call<MailSettingsView>("mail_settings"),
  /** An empty password means the one saved for the same login. */
  test: (settings: SmtpSettingsInput, password: string | null) => {
    const request: MailSettingsRequest = { settings, password, allow_plain: false };
    return call<TestOutcome>("test_mail_settings", { request });
  },
  save: (settings: SmtpSettingsInput, password: string | null, allowPlain: boolean) => {
    const request: MailSettingsRequest = { settings, password, allow_plain: allowPlain };
    return call<MailSettingsView>("save_mail_settings", { request });
  },
};

// ---- Mail templates and the outbox ----------------------------------------

/** The event the outbox loop's reports arrive on. */
export const OUTBOX_EVENT = "outbox";

function templateRequest(kind: TemplateKind, language: Language, template: MailTemplate): TemplateRequest {
  return { kind, language, template };
}

export const templatesApi = {
  catalog: () => call<TemplateCatalog>("mail_templates"),
  show: (kind: TemplateKind, language: Language) => call<ShownTemplate>("mail_template", { kind, language }),
  save: (kind: TemplateKind, language: Language, template: MailTemplate) =>
    call<ShownTemplate>("save_mail_template", { request: templateRequest(kind, language, template) }),
  reset: (kind: TemplateKind, language: Language) => call<TemplateReset>("reset_mail_template", { kind, language }),
  preview: (kind: TemplateKind, language: Language, template: MailTemplate) =>
    call<RenderedTemplate>("preview_mail_template", { request: templateRequest(kind, language, template) }),
};

export const outboxApi = {
  list: () => call<OutboxEntry[]>("outbox_list"),
  retry: (id: number) => call<OutboxEntry>("outbox_retry", { id }),
  cancel: (id: number) => call<OutboxEntry>("outbox_cancel", { id }),
  deliverNow: () => call<DeliveryRequest>("outbox_deliver_now"),
  /** The size of the message sending `path` (signed earlier as `signed`, or when sent) and whether it needs confirming. */
  messageSize: (path: string, signed: SignedOutput | null) => {
    const request: MessageSizeRequest = { path, signed };
    return call<MessageSize>("attachment_size", { request });
  },
  /** What is already where `path`'s signed copy goes: nothing, this document signed with the certificate, or another file. */
  sendChoices: (certificateId: number, path: string) => {
    const request: SendChoicesRequest = { certificate_id: certificateId, path };
    return call<SendChoices>("send_choices", { request });
  },
  /** Signs `path` now (into `outputName` beside it, when the usual name is taken) and sends it. */
  sendDocument: (
    certificateId: number,
    secret: KeySecretInput,
    path: string,
    outputName: string | null,
    mail: DocumentMailInput,
  ) => call<SentDocument>("send_document", { certificateId, secret, path, outputName, mail }),
  /** A document signed earlier; the key is opened only for S/MIME. */
  sendSigned: (
    certificateId: number,
    secret: KeySecretInput | null,
    input: string,
    signed: SignedOutput,
    mail: DocumentMailInput,
  ) => call<SentDocument>("send_signed_document", { certificateId, secret, input, signed, mail }),
};
