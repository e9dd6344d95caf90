# ממשק SealDesk, עברית (מימין לשמאל).

app-name = SealDesk
app-tagline = תעודות חתימה, חותמת החברה ודואר חתום בעמדה אחת

## שפות (כל אחת בשפתה)

language-en = English
language-pl = Polski
language-he = עברית
language-it = Italiano
language-ru = Русский
language-uk = Українська

## פעולות נפוצות

action-back = הקודם
action-next = הבא
action-cancel = ביטול
action-continue = המשך
action-close = סגירה
action-retry = ניסיון חוזר
action-lock = נעילה
action-print = הדפסה
action-save = שמירה

## ניווט

nav-label = תפריט ראשי
nav-identities = זהויות
nav-seal = חותמת ותעודות
nav-documents = מסמכים
nav-mail = דואר
nav-renewal = חידוש
nav-companies = חברות
nav-settings = הגדרות

## מסכים שעדיין ריקים

coming-title = בקרוב
coming-identities = כאן תרשמו זהויות חתימה: מספר עוסק שנבדק לפי הכלל הלאומי, החותם, כתובת דוא״ל לתצוגה וסיסמת חתימה, כשבדיוק זהות אחת פעילה לחתימה.
coming-seal = כאן תנהלו את חותמת החברה: תיצרו אותה על קובץ מפתח או על טוקן, תראו את ההיסטוריה ואת מועד התפוגה שלה, תנפיקו תעודות לחתימה ולמשתמשי פורטל ותייצאו אותן כ־PKCS#12.
coming-documents = כאן תחתמו על קובצי PDF‏ (PAdES) ועל כל קובץ אחר (.p7s), הרבה בבת אחת, ותאמתו מסמכים חתומים.
coming-mail = כאן תגדירו דואר יוצא מטבלת הספקים, תבדקו את החיבור, תערכו תבניות ותעקבו אחרי תיבת הדואר היוצא.
coming-renewal = כאן תחדשו תעודות רבות שתוקפן עומד לפוג בהרצה אחת שניתן לחדש, ותעקבו אחרי כל בקשה עד סופה.
coming-companies = כאן תנהלו את הלקוחות שלכם כחברות, כל אחת עם המשתמשים, התעודות, ההיסטוריה והדוחות שלה.

## אשף

wizard-step-of = שלב { $current } מתוך { $total }
wizard-steps-label = התקדמות האשף
wizard-summary = בדקו לפני הסיום
wizard-working = מתבצע…

## הפעלה ראשונה

setup-title = ברוכים הבאים ל־SealDesk
setup-intro = מחשב זה ישמור את המפתחות והתעודות שלכם. תחילה בחרו שפה וצרו את המנהל המקומי שפותח את נעילת SealDesk.
setup-step-language = שפה
setup-step-admin = מנהל
setup-step-summary = סיכום
setup-language-label = השפה של SealDesk
setup-language-hint = אפשר לשנות אותה מאוחר יותר בהגדרות.
setup-admin-name = השם שלך
setup-admin-password = סיסמה
setup-admin-password-confirm = חזרה על הסיסמה
setup-admin-password-rule = לפחות { $min } תווים. סיסמה זו פותחת את נעילת SealDesk במחשב זה.
setup-finish = יצירת מנהל
setup-summary-name = מנהל
setup-summary-language = שפה
setup-summary-password = סיסמה
setup-summary-password-value = נקבעה, חוזק: { $strength }
setup-summary-recovery = בסיום יציג SealDesk קוד שחזור פעם אחת בלבד. זו הדרך היחידה להיכנס שוב אם תשכחו את הסיסמה.

validation-name-required = הזינו את שמכם.
validation-password-short = הסיסמה צריכה לכלול לפחות { $min } תווים.
validation-password-mismatch = שתי הסיסמאות אינן זהות.

## חוזק סיסמה

strength-label = חוזק
strength-0 = חלשה מאוד
strength-1 = חלשה
strength-2 = בינונית
strength-3 = חזקה
strength-4 = חזקה מאוד
strength-hint-common = זו סיסמה נפוצה; בחרו משהו שרק אתם הייתם חושבים עליו.
strength-hint-pattern = שורות מקלדת, חזרות ורצפים קל לנחש.
strength-hint-dates = תאריכים ושנים קל לנחש.
strength-hint-word = מילה או שם בודדים קל לנחש; הוסיפו עוד מילים שאינן קשורות זו לזו.
strength-hint-short = השתמשו בסיסמה ארוכה יותר, למשל כמה מילים שאינן קשורות זו לזו.
strength-weak-warning = הסיסמה חלשה. אפשר להשתמש בה, אבל סיסמה חזקה יותר מגינה טוב יותר על המפתחות שלכם.

## קוד שחזור

recovery-title = קוד השחזור שלכם
recovery-intro = רשמו את הקוד או הדפיסו אותו, ושמרו אותו הרחק ממחשב זה. SealDesk מציג אותו רק עכשיו.
recovery-code-label = קוד שחזור
recovery-confirm = רשמתי את קוד השחזור
recovery-enter-code = קוד שחזור
recovery-new-password = סיסמה חדשה
recovery-submit = קביעת הסיסמה החדשה
recovery-back-to-unlock = חזרה לפתיחת הנעילה

## פתיחת נעילה

unlock-title = SealDesk נעול
unlock-greeting = ברוכים השבים, { $name }.
unlock-password = סיסמת מנהל
unlock-submit = פתיחת נעילה
unlock-forgot = שכחתם את הסיסמה?
unlock-locked-idle = SealDesk ננעל אחרי { $minutes ->
    [one] דקה אחת
    [two] שתי דקות
   *[other] { $minutes } דקות
} ללא פעילות.
forgot-title = איפוס הסיסמה
forgot-intro = הזינו את קוד השחזור שרשמתם כשהוגדר SealDesk, ובחרו סיסמה חדשה.

## הגדרות

settings-title = הגדרות
settings-language = שפה
settings-language-hint = הממשק משתנה מיד. תאריכים ומספרים מוצגים לפי השפה.
settings-security = אבטחה
settings-idle-lock = נעילה אחרי מספר דקות זה ללא פעילות
settings-idle-lock-saved = נשמר. SealDesk יינעל אחרי { $minutes ->
    [one] דקה אחת
    [two] שתי דקות
   *[other] { $minutes } דקות
} ללא פעילות.
settings-backup = גיבוי
settings-backup-intro = יוצר עותק עקבי של נתוני SealDesk בתיקיית הגיבויים שלו, בזמן שאתם ממשיכים לעבוד.
settings-backup-start = גיבוי עכשיו
settings-backup-done = הגיבוי נשמר: { $path }
settings-about = אודות
settings-version = גרסה
settings-data-dir = תיקיית נתונים
settings-schema = גרסת מבנה הנתונים
settings-activity = פעילות אחרונה
settings-activity-empty = עדיין לא נרשם דבר.
settings-activity-when = מתי
settings-activity-who = מי
settings-activity-what = מה

progress-label = התקדמות
progress-count = { $done } מתוך { $total }
progress-cancelled = בוטל.

## פעולות ביומן הפעילות

audit-admin-created = נוצר מנהל
audit-admin-unlocked = הנעילה נפתחה
audit-admin-unlock-failed = הוזנה סיסמה שגויה
audit-admin-recovered = הסיסמה אופסה בעזרת קוד השחזור
audit-admin-recovery-failed = הוזן קוד שחזור שגוי
audit-settings-changed = הגדרה שונתה: { $key } = { $value }
audit-store-backed-up = הנתונים גובו
audit-key-generated = נוצר מפתח: { $algorithm }, { $location }
audit-seal-created = נוצרה חותמת החברה { $id }: { $organization }, { $years } שנים
audit-seal-revoked = חותמת החברה { $id } בוטלה
audit-seal-crl-published = פורסמה רשימת ביטולים מס' { $number } של חותמת { $id }
audit-cert-issued = תעודה { $id } הונפקה על ידי חותמת { $seal } ({ $profile })
audit-cert-revoked = תעודה { $id } בוטלה ({ $reason })
audit-cert-imported = תעודות יובאו
audit-cert-state-changed = מצב תעודה { $id } הוא כעת { $state }
audit-actor-administrator = מנהל

## בעיות בהפעלה

startup-error-title = SealDesk אינו יכול לפתוח את הנתונים שלו
startup-error-intro = דבר לא שונה. פרטים:

## שגיאות (אחת לכל קוד שגיאה קבוע; הקוד "a.b-c" הוא ההודעה "error-a-b-c")

error-store-in-use = נתוני SealDesk נמצאים בשימוש של חלון או פקודה אחרים של SealDesk. סגרו אותם, או המתינו רגע ונסו שוב.
error-store-schema-too-new = הנתונים נכתבו על ידי גרסה חדשה יותר של SealDesk (גרסת מבנה נתונים { $found }; תוכנה זו מכירה עד { $known }). התקינו את SealDesk החדש יותר.
error-store-corrupt = הקובץ { $path } פגום או שאינו מאגר של SealDesk. הוא נשאר כפי שהיה.
error-store-missing = עדיין אין נתוני SealDesk ב־{ $path }. הגדירו את SealDesk תחילה.
error-store-no-data-dir = לא ידועה תיקיית נתוני יישומים עבור משתמש זה. בחרו תיקיית נתונים במפורש.
error-io = לא ניתן להשתמש ב־{ $path }: { $detail }
error-store-database = בעיה לא צפויה במסד הנתונים: { $detail }
error-admin-already-initialized = SealDesk כבר מוגדר בתיקיית נתונים זו.
error-admin-not-initialized = SealDesk עדיין לא הוגדר. צרו תחילה את המנהל.
error-admin-password-too-short = הסיסמה צריכה לכלול לפחות { $min } תווים.
error-admin-name-required = הזינו שם.
error-admin-wrong-password = סיסמה שגויה. אפשר לנסות שוב בעוד { $seconds ->
    [one] שנייה אחת
    [two] שתי שניות
   *[other] { $seconds } שניות
}.
error-admin-wrong-recovery-code = קוד השחזור אינו נכון. אפשר לנסות שוב בעוד { $seconds ->
    [one] שנייה אחת
    [two] שתי שניות
   *[other] { $seconds } שניות
}.
error-admin-throttled = יותר מדי ניסיונות שגויים. המתינו { $seconds ->
    [one] שנייה אחת
    [two] שתי שניות
   *[other] { $seconds } שניות
} ונסו שוב.
error-session-locked = SealDesk נעול. פתחו אותו בעזרת סיסמת המנהל.
error-settings-unsupported-language = השפה "{ $tag }" אינה זמינה.
error-settings-idle-lock-out-of-range = בחרו בין { $min } ל־{ $max } דקות.
error-key-unsupported-algorithm = אלגוריתם מפתח לא מוכר: "{ $name }". השתמשו ב־ec-p256, ec-p384, rsa-2048, rsa-3072 או rsa-4096.
error-key-generation-failed = לא ניתן היה ליצור מפתח { $algorithm }.
error-key-file-exists = { $path } כבר קיים ונשאר כפי שהיה. בחרו שם קובץ אחר.
error-key-password-required = קובץ מפתח דורש סיסמה.
error-key-wrong-password = הסיסמה אינה פותחת את קובץ המפתח { $path }.
error-key-file-invalid = { $path } אינו מפתח פרטי מוצפן (PKCS#8).
error-key-unsupported-private-key = המפתח הפרטי אינו מסוג ש-SealDesk משתמש בו (EC P-256, EC P-384, RSA 2048, 3072 או 4096).
error-key-signing-failed = החתימה נכשלה: { $detail }
error-key-not-found = אין ב-SealDesk מפתח מספר { $id }.
error-key-secret-kind = { $location ->
    [token] מפתח { $id } נמצא על טוקן: יש להזין את קוד ה-PIN שלו, לא סיסמה.
   *[other] מפתח { $id } נמצא בקובץ: יש להזין את הסיסמה שלו, לא PIN.
}
error-token-module-not-set = לא נבחר מנהל התקן לטוקן (מודול PKCS#11). יש לבחור בהגדרות את הספרייה שסופקה עם הטוקן.
error-token-module-load = לא ניתן לטעון את מנהל ההתקן של הטוקן { $module }: { $detail }. יש לבדוק את הנתיב ושהוא מתאים למחשב זה (64 סיביות).
error-token-not-found = לא מחובר טוקן עם התווית „{ $label }”. יש להכניס אותו או לבדוק את התווית.
error-token-wrong-pin = קוד ה-PIN שגוי. שימו לב: אחרי כמה ניסיונות שגויים הטוקן ננעל.
error-token-pin-locked = קוד ה-PIN של הטוקן ננעל אחרי יותר מדי ניסיונות שגויים. יש לשחרר אותו בכלי של הטוקן ובקוד ה-PIN של המנהל (SO PIN).
error-token-key-not-found = המפתח „{ $label }” אינו על הטוקן. האם הוכנס הטוקן הנכון?
error-token-failure = הטוקן נכשל במהלך { $operation }: { $detail }
error-pkcs12-wrong-password = הסיסמה אינה פותחת את קובץ ה-PKCS#12 הזה (.p12/.pfx).
error-pkcs12-invalid = זהו אינו קובץ PKCS#12 קריא (.p12/.pfx): { $detail }
error-cert-invalid = זו אינה תעודה קריאה: { $detail }
error-cert-nothing-to-import = הקובץ { $path } אינו מכיל תעודה.
error-cert-key-mismatch = המפתח הפרטי אינו שייך לתעודה זו.
error-cert-not-found = אין ב-SealDesk תעודה מספר { $id }.
error-cert-already-revoked = תעודה { $id } כבר בוטלה.
error-cert-not-issued-by-seal = תעודה { $id } לא הונפקה על ידי אחת מחותמות החברה, ולכן SealDesk אינו יכול לבטל אותה.
error-seal-not-found = אין חותמת חברה מספר { $id }.
error-seal-not-usable = חותמת החברה { $id } אינה יכולה להנפיק תעודות: { $reason ->
    [expired] תוקפה פג. יש ליצור חותמת חדשה.
    [revoked] היא בוטלה. יש ליצור חותמת חדשה.
    [superseded] חותמת חדשה יותר החליפה אותה. יש להשתמש בחותמת הנוכחית.
    [not-yet-valid] היא עדיין אינה בתוקף.
   *[other] { $reason }.
}
error-pki-field-required = יש למלא את { $field }.
error-pki-field-too-long = { $field } יכול להכיל לכל היותר { $max } תווים.
error-pki-invalid-country = „{ $value }” אינו קוד מדינה בן שתי אותיות, כגון IL, PL, IT או UA.
error-pki-invalid-org-id = „{ $value }” אינו מזהה ארגון. יש לכתוב סוג (VAT, NTR, PSD או LEI), מדינה ומספר, למשל VATIL-516179157 או NTRUA-14360570.
error-pki-invalid-email = „{ $value }” אינה כתובת דואר אלקטרוני.
error-pki-validity-out-of-range = { $unit ->
    [years] יש לבחור תוקף בין { $min } ל-{ $max } שנים.
   *[other] יש לבחור תוקף בין { $min } ל-{ $max } ימים.
}
error-pki-unknown-profile = פרופיל תעודה לא מוכר „{ $name }”. יש להשתמש ב-signing או ב-portal-user.
error-pki-portal-user-fields = תעודת משתמש פורטל דורשת קוד חברה ושם משתמש.
error-pki-generation-failed = לא ניתן היה ליצור את התעודה: { $detail }
error-pki-unknown-export-format = { $path }: יש לסיים את שם הקובץ ב-.pem עבור PEM, או ב-.cer, .der או .crt עבור DER.
error-io-file-exists = הקובץ { $path } כבר קיים ונשאר כפי שהוא. יש לבחור שם קובץ אחר.
error-key-not-exportable = המפתח של תעודה { $id } נמצא על טוקן ואינו יכול לצאת ממנו. קובץ PKCS#12 דורש מפתח השמור בקובץ.
error-cert-no-key = SealDesk אינו מחזיק את המפתח הפרטי של תעודה { $id }.
error-cancelled = בוטל.
error-cli-usage = שימוש שגוי בפקודה: { $detail }
error-cli-secret-file = לא ניתן לקרוא את הסוד מתוך { $source }: { $detail }
error-unknown = משהו השתבש: { $detail }
