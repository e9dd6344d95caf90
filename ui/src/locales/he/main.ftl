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
action-dismiss = לא, חזרה
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
nav-verify = אימות
nav-documents = מסמכים
nav-mail = דואר
nav-renewal = חידוש
nav-companies = חברות
nav-portal = משתמשי הפורטל
nav-settings = הגדרות
shell-signed-in = כניסה בתור
shell-actor-administrator = { $name }, מנהל המערכת
shell-actor-operator = { $name } ({ $login })
shell-company = חברה

## חברות ומפעילים

companies-title = חברות
companies-intro = לכל חברה חותמות, תעודות, הגדרות דואר והיסטוריה משלה. המפעילים שלה רואים רק אותה. חברה אחרת פותחים בסרגל הצד.
companies-intro-operator = אתם פועלים בחברה זו בלבד.
companies-col-code = קוד
companies-col-name = שם
companies-col-country = מדינה
companies-col-quota = מכסה
companies-col-active = תעודות פעילות
companies-col-actions = פעולות
companies-quota-none = ללא הגבלה
companies-open = פתוחה כעת
companies-add = הוספת חברה
companies-edit = עריכה
companies-edit-of = עריכת { $name }
company-dialog-add-title = חברה חדשה
company-dialog-edit-title = החברה { $code }
company-name = שם
company-code = קוד
company-code-hint = 1 עד 32 אותיות לטיניות, ספרות, „-” או „_”. הפורטל קורא אותו מהתעודות, ולכן אי אפשר לשנות אותו אחר כך.
company-code-fixed = אי אפשר לשנות את הקוד: הוא מופיע בתעודות של החברה.
company-country = מדינה (שתי אותיות)
company-business-id = מזהה העסק
company-business-id-hint = לא חובה. נבדק לפי כללי המדינה בזמן ההקלדה.
company-business-id-valid = תקין. בתעודות: { $value }
company-language = שפת הדואר והמסמכים של החברה
company-language-none = לא נקבעה
company-quota = מכסת תעודות פעילות
company-quota-hint = השאירו ריק ללא הגבלה. רק תעודות פעילות נספרות.
company-cert-folder = תיקייה לעותקי התעודות שהונפקו
company-cert-folder-hint = לא חובה. כאן נשמר עותק של כל קובץ PKCS#12 שהונפק לחברה זו.
company-monthly-folders = שמירת העותקים בתת־תיקייה לכל חודש (YYYY-MM)
company-publication-url = כתובת הפרסום
company-publication-url-hint = לא חובה. שם מתפרסמות תעודת החותמת ורשימת התעודות המבוטלות.
company-create = הוספת חברה
company-save = שמירה
company-created = החברה { $code } ({ $name }) נוספה. פתחו אותה בסרגל הצד כדי להוסיף לה מפעילים.
company-saved = החברה { $code } ({ $name }) נשמרה.
validation-quota-number = הזינו את המכסה כמספר שלם, או השאירו ריק ללא הגבלה.
operators-title = המפעילים של { $company }
operators-intro = מפעיל נכנס עם שם משתמש וסיסמה משלו ופועל בחברה זו בלבד. מנהל המערכת נכנס בתור „admin”.
operators-none = לחברה זו אין עדיין מפעילים.
operators-col-login = שם משתמש
operators-col-name = שם
operators-col-state = מצב
operator-active = פעיל
operator-disabled = מושבת
operators-add = הוספת מפעיל
operator-dialog-title = מפעיל חדש של { $company }
operator-login = שם משתמש
operator-login-hint = אותיות, ספרות, „.”, „-”, „_” או „@”.
operator-name = שם מלא
operator-password = סיסמה
operator-password-confirm = הקלדת הסיסמה שוב
operator-add = הוספת מפעיל
operator-added = המפעיל { $login } ({ $name }) נוסף. הכניסה היא בשם המשתמש ובסיסמה האלה.

portal-title = משתמשי הפורטל של הקבלנים
portal-intro = אנשי הקבלנים שמקבלים תעודה בדואר. החיפוש בודק את שם המשתמש, השם, הדואר האלקטרוני וקוד הקבלן.
portal-search = חיפוש
portal-without-certificate = רק משתמשים ללא תעודה בתוקף
portal-none = אין עדיין משתמשי פורטל. הוסיפו קבלן ואחר כך את משתמשיו, או ייבאו אותם מקובץ CSV.
portal-none-found = אין משתמש פורטל שמתאים.
portal-col-contractor = קבלן
portal-col-login = שם משתמש
portal-col-name = שם
portal-col-email = דואר אלקטרוני
portal-col-lang = שפה
portal-col-certificate = תעודה
portal-col-state = מצב
portal-col-actions = פעולות
portal-cert-none = עדיין אין
portal-cert-other = לא בתוקף
portal-user-disabled = מושבת
portal-user-add = הוספת משתמש
portal-user-add-title = משתמש פורטל חדש
portal-user-edit-title = משתמש הפורטל { $login }
portal-user-edit-of = עריכת { $login }
portal-user-save = שמירה
portal-user-added = משתמש הפורטל { $login } נוסף.
portal-user-saved = משתמש הפורטל { $login } נשמר.
portal-user-disable = השבתה
portal-user-enable = הפעלה
portal-user-disabled-done = משתמש הפורטל { $login } הושבת: לא תונפק לו תעודה חדשה.
portal-user-enabled-done = משתמש הפורטל { $login } הופעל מחדש.
contractor-add = הוספת קבלן
contractor-dialog-title = קבלן חדש
contractor-code = קוד
contractor-name = שם
contractor-business-id = מספר עוסק (לא חובה)
contractor-email = דואר אלקטרוני (לא חובה)
contractor-added = הקבלן { $code } ({ $name }) נוסף.
portal-import-title = ייבוא מקובץ CSV
portal-import-intro = השורה הראשונה נותנת שמות לעמודות: קוד קבלן, שם קבלן, שם משתמש, שם, דואר אלקטרוני, שפה. משתמש שכבר קיים מתעדכן. אם שורה כלשהי שגויה, דבר אינו מיובא וכל שורה שגויה מוצגת.
portal-import-file = קובץ CSV
portal-import = ייבוא CSV…
portal-import-done = יובאו: { $created } חדשים, { $updated } עודכנו, { $unchanged } ללא שינוי.
portal-import-line = שורה { $line }: { $problem }

## אשף

wizard-step-of = שלב { $current } מתוך { $total }
wizard-steps-label = התקדמות האשף
wizard-summary = בדקו לפני הסיום
wizard-working = מתבצע…
wizard-missing-title = כדי להמשיך:

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
validation-day-invalid = זה אינו תאריך. כתבו אותו כך: { $example }.
day-input-placeholder = DD.MM.YYYY

## חוזק סיסמה

password-show = הצגת הסיסמה
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
unlock-login = שם משתמש
unlock-password = סיסמה
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
settings-backup-folder = תיקייה לגיבוי
settings-backup-folder-hint = למשל החסן נייד או תיקיית רשת. אם השדה ריק, הגיבוי נשמר בתיקיית הגיבויים שבתוך תיקיית הנתונים.
settings-restore = שחזור גיבוי
settings-restore-intro = מחליף את כל הנתונים שב־SealDesk בקובץ גיבוי שנוצר קודם.
settings-restore-file = קובץ הגיבוי
settings-restore-file-required = בחרו את קובץ הגיבוי לשחזור.
settings-restore-start = שחזור…
settings-restore-confirm = להחליף את הנתונים הנוכחיים בגיבוי { $path }? הנתונים הנוכחיים מגובים קודם לתיקיית הגיבויים, כך ששום דבר לא אובד. לאחר מכן היישום ננעל: פתחו אותו בסיסמת המנהל שבגיבוי.
settings-restore-yes = שחזור הגיבוי
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
audit-company-created = החברה { $code } נוספה: { $name }
audit-company-updated = פרטי החברה שונו: { $name }
audit-operator-added = המפעיל { $login } נוסף: { $name }
audit-operator-signed-in = כניסה למערכת
audit-operator-sign-in-failed = הוזנה סיסמה שגויה
audit-settings-changed = { $key ->
    [idle_lock_minutes] הנעילה אחרי חוסר פעילות נקבעה ל־{ $value } דקות
    [language] השפה שונתה ({ $value })
    [pkcs11_module] נקבע מנהל ההתקן של הטוקן: { $value }
    [first_steps_hidden] { $value ->
        [true] המדריך „צעדים ראשונים” הוסתר
       *[other] המדריך „צעדים ראשונים” מוצג שוב
    }
   *[other] הגדרה שונתה
}
audit-store-backed-up = הנתונים גובו
audit-store-restored = הנתונים שוחזרו מהגיבוי { $path }
audit-key-generated = נוצר מפתח: { $algorithm }, { $location }
audit-seal-created = נוצרה חותמת החברה { $id }: { $organization }, { $years ->
        [one] שנה אחת
        [two] שנתיים
       *[other] { $years } שנים
    }
audit-seal-revoked = חותמת החברה { $id } נשללה
audit-seal-crl-published = פורסמה רשימת השלילה מס' { $number } של חותמת { $id }
audit-cert-issued = תעודה { $id } הונפקה על ידי חותמת { $seal } ({ $profile })
audit-cert-revoked = תעודה { $id } נשללה ({ $reason })
audit-cert-imported = תעודות יובאו
audit-cert-exported-with-key = האישור { $id } יוצא יחד עם המפתח הפרטי (PKCS#12, { $profile })
audit-document-signed = המסמך { $file } נחתם באישור { $certificate }
audit-cert-state-changed = מצב תעודה { $id } הוא כעת { $state }
audit-cert-trusted = תעודה { $id } סומנה כמהימנה
audit-cert-untrusted = תעודה { $id } אינה מהימנה עוד
audit-identity-registered = זהות חתימה { $id } נרשמה: { $signer_name }, { $business_name } ({ $identifier })
audit-identity-selected = זהות חתימה { $id } נבחרה לחתימה
audit-identity-certificate-attached = תעודה { $certificate } צורפה לזהות החתימה { $id }
audit-identity-removed = זהות החתימה { $id } ({ $signer }) הוסרה; המפתח והתעודה שלה נשמרו
audit-renewal-planned = תוכנן סבב חידוש { $run }
audit-renewal-formed = הוכנה בקשת חידוש לתעודה { $certificate }
audit-renewal-sent = נשלחה בקשת חידוש לתעודה { $certificate }
audit-renewal-receipt = נרשם אישור מס׳ { $receipt } לחידוש תעודה { $certificate }
audit-renewal-card = נחתם טופס ההצטרפות לחידוש תעודה { $certificate }
audit-renewal-installed = התעודה המחודשת { $new_certificate } הותקנה במקום תעודה { $certificate }
audit-renewal-cancelled = חידוש תעודה { $certificate } הופסק
audit-renewal-notification = נכתבה הודעה על סבב החידוש { $run } ({ $certificates ->
        [one] תעודה אחת
       *[other] { $certificates } תעודות
    })
audit-renewal-price-set = נקבע מחיר חידוש ל־{ $ca }, { $term_years ->
        [one] שנה אחת
       *[other] { $term_years } שנים
    }
audit-renewal-price-removed = הוסר מחיר חידוש ל־{ $ca }, { $term_years ->
        [one] שנה אחת
       *[other] { $term_years } שנים
    }
audit-contractor-added = נוסף הלקוח העסקי { $code }
audit-portal-user-added = נוסף משתמש הפורטל { $login } של { $contractor }
audit-portal-user-changed = משתמש הפורטל { $id } שונה
audit-portal-user-disabled = משתמש הפורטל { $id } הושבת
audit-portal-user-enabled = משתמש הפורטל { $id } הופעל מחדש
audit-portal-user-imported = יובאו משתמשי פורטל: { $created } נוספו, { $updated } שונו, { $unchanged } ללא שינוי
audit-portal-certificate-sent = אישור פורטל { $certificate } נשלח למשתמש הפורטל { $user }
audit-unknown = נרשמה פעולה אחרת
audit-actor-administrator = מנהל

## חותמת ותעודות

pki-tab-seals = חותמת החברה
pki-tab-certificates = תעודות
pki-loading = טוען…
pki-saved-to = נשמר: { $path }
action-copy = העתקה
copy-done = הועתק.
copy-failed = ההעתקה נכשלה. יש לסמן את הטקסט ולהעתיק אותו ידנית.
file-choose = בחירה…

## תגי מצב ותוקף

badge-current = נוכחית
badge-valid = בתוקף
badge-expiring = יפוג בקרוב
badge-expired = פג תוקף
badge-revoked = נשללה
badge-superseded = הוחלפה
badge-not-yet-valid = עדיין לא בתוקף
badge-seal-superseded = הוחלפה
badge-seal-expired = פג תוקף
badge-seal-revoked = נשללה
badge-seal-not-yet-valid = עדיין לא בתוקף
badge-invalid = { $reason ->
    [seal-revoked] לא תקפה: החותמת נשללה
    [seal-not-yet-valid] לא תקפה: החותמת עדיין לא בתוקף
   *[seal-expired] לא תקפה: תוקף החותמת פג
}
days-left = { $days ->
    [0] התוקף יפוג היום
    [one] נותר יום אחד
    [two] נותרו יומיים
   *[other] נותרו { $days } ימים
}
days-ago = { $days ->
    [0] התוקף פג היום
    [one] התוקף פג לפני יום
    [two] התוקף פג לפני יומיים
   *[other] התוקף פג לפני { $days } ימים
}

## היסטוריית החותמות

seal-title = חותמת החברה
seal-intro = החותמת היא הרשות המאשרת של החברה עצמה. היא מנפיקה את תעודות החתימה ואת תעודות משתמשי הפורטל; כשתוקפה פג או כשהיא מנשללת, כל תעודה שהנפיקה אינה תקפה עוד.
seal-none = עדיין אין לחברה חותמת.
seal-new = חותמת חדשה
seal-history = היסטוריית החותמות
seal-col-organization = ארגון
seal-col-status = מצב
seal-col-valid-until = בתוקף עד
seal-col-actions = פעולות
seal-export-pem = ייצוא PEM
seal-export-der = ייצוא DER
seal-export-title = שמירת תעודת החותמת
seal-revoke = שלילה
seal-revoke-confirm = לשלול את חותמת { $id } של { $organization }? כל תעודה שהנפיקה תאבד את תוקפה מיד. לא ניתן לחזור מפעולה זו.
seal-revoke-yes = שלילת החותמת
seal-revoked = חותמת { $id } נשללה. התעודות שהנפיקה אינן תקפות עוד.
seal-created = נוצרה חותמת { $id } עבור { $organization }.
seal-expiring-warning = { $days ->
    [0] תוקף החותמת הנוכחית פג היום. יש ליצור חותמת חדשה: התעודות שהנפיקה מאבדות את תוקפן כשתוקפה פג.
    [one] תוקף החותמת הנוכחית יפוג בעוד יום אחד. יש ליצור חותמת חדשה בזמן: התעודות שהנפיקה מאבדות את תוקפן כשתוקפה פג.
   *[other] תוקף החותמת הנוכחית יפוג בעוד { $days } ימים. יש ליצור חותמת חדשה בזמן: התעודות שהנפיקה מאבדות את תוקפן כשתוקפה פג.
}

## אשף חותמת חדשה

seal-wizard-title = חותמת חברה חדשה
seal-step-key = מפתח
seal-step-organization = ארגון
seal-step-validity = תוקף
seal-step-summary = סיכום
seal-finish = יצירת החותמת
key-mode = מקור המפתח
key-mode-new-file = יצירת קובץ מפתח חדש
key-mode-new = יצירת מפתח חדש
key-mode-existing = שימוש במפתח הרשום ב־SealDesk
key-algorithm = אלגוריתם המפתח
key-algorithm-ec-p256 = EC P-256 (מומלץ)
key-algorithm-ec-p384 = EC P-384
key-algorithm-rsa-2048 = RSA 2048 (רק כשמדיניות של רשות מאשרת מחייבת זאת)
key-algorithm-rsa-3072 = RSA 3072
key-algorithm-rsa-4096 = RSA 4096
key-algorithm-rsa-2048-note = RSA 2048 כבר אינו מתאים לחתימות מאושרות באיחוד האירופי. יש לבחור בו רק כשמדיניות של רשות מאשרת מחייבת זאת.
key-file = קובץ המפתח
key-file-dialog-title = היכן לשמור את קובץ המפתח החדש
key-file-hint = תמיד קובץ חדש; קובץ קיים לעולם אינו מוחלף. שמרו עותק שלו במקום בטוח.
key-password = סיסמת המפתח
key-password-confirm = חזרה על סיסמת המפתח
key-password-hint = מצפינה את קובץ המפתח. SealDesk אינו שומר אותה: בלעדיה אי אפשר להשתמש במפתח.
key-id = מספר המפתח
key-id-hint = מספר של מפתח הרשום ב־SealDesk, למשל באמצעות "sealdesk key generate".
key-location = היכן המפתח
key-location-file = בקובץ מפתח (סיסמה)
key-location-token = בטוקן (קוד PIN)
key-secret-password = סיסמת קובץ המפתח
token-pin = קוד PIN של הטוקן "{ $label }"
token-pin-unknown = קוד PIN של הטוקן
token-pin-hint = הטוקן ננעל אחרי כמה קודי PIN שגויים: יש להקליד בזהירות.
seal-org-name = שם הארגון
seal-org-id = מזהה ארגון
seal-org-id-hint = המספר הלאומי (בישראל מספר החברה, למשל 51-617915-7) או הצורה של ETSI EN 319 412-1 ‏(VATIL-516179157). הוא נבדק תוך כדי הקלדה.
seal-org-id-valid = תקין. בחותמת: { $value }
seal-country = מדינה (שתי אותיות)
seal-years = משך תוקף החותמת
seal-years-option = { $years ->
    [one] שנה אחת
    [two] שנתיים
   *[other] { $years } שנים
}
seal-years-hint = שלוש שנים הן המקובל. תעודה שהחותמת מנפיקה לעולם אינה תקפה יותר ממנה.
seal-summary-key = מפתח
seal-summary-key-existing = מפתח רשום מס׳ { $id }
seal-summary-organization = ארגון
seal-summary-note = חותמת חדשה מחליפה את הנוכחית, אם יש כזו. תעודות שהנפיקה החותמת הישנה נשארות בתוקף עד שתוקפן או תוקף החותמת הישנה יפוג.

validation-key-path-required = יש לבחור היכן לשמור את קובץ המפתח.
validation-key-password-required = יש להזין סיסמה לקובץ המפתח.
validation-key-id-required = יש להזין מספר של מפתח רשום.
validation-secret-required = יש להזין את הסיסמה או את קוד ה־PIN של המפתח.
validation-org-name-required = יש להזין את שם הארגון.
validation-org-id-required = יש להזין את מזהה הארגון, למשל VATPL-5260250274.
validation-country-required = יש להזין קוד מדינה בן שתי אותיות, למשל IL.
validation-common-name-required = יש להזין את שם בעל התעודה.
validation-portal-fields-required = תעודה של משתמש פורטל דורשת קוד חברה ושם משתמש.
validation-days-range = יש לבחור תוקף בין 1 ל־{ $max } ימים.
validation-seal-secret-required = יש להזין את הסיסמה או את קוד ה־PIN של מפתח החותמת.
validation-file-required = יש לבחור את הקובץ לכתיבה.

## רשימת התעודות

certs-title = תעודות
certs-search = חיפוש לפי שם או מנפיק
certs-expiring = פג תוקף בתוך (ימים)
certs-expiring-any = בכל זמן
certs-issue = הנפקת תעודה
certs-csr = בקשת תעודה (CSR)
certs-empty = אין תעודות מתאימות.
certs-col-subject = בעל התעודה
certs-col-valid-until = בתוקף עד
certs-col-status = מצב
certs-open = פרטים
certs-page = שורות { $from }–{ $to }
certs-previous = העמוד הקודם
certs-next = העמוד הבא
certs-issued = הונפקה תעודה { $id }: { $name }.
certs-issued-key = המפתח החדש נשמר מוצפן ב־{ $path }.
certs-no-seal = אין חותמת חברה בתוקף. יש ליצור חותמת חדשה כדי להנפיק תעודות.

## הנפקה

issue-title = הנפקת תעודה
issue-seal = מונפקת בחותמת של { $organization } (מס׳ { $id }).
issue-profile = פרופיל
issue-profile-signing = חתימה על מסמכים
issue-profile-portal-user = משתמש פורטל (כניסה והגנה על דואר)
issue-name = שם בעל התעודה
issue-email = דואר אלקטרוני
issue-country = מדינה (שתי אותיות)
issue-company-code = קוד חברה
issue-login = שם משתמש בפורטל
issue-days = תוקף בימים
issue-days-hint = לכל היותר { $max } ימים, ולעולם לא מעבר לתוקף החותמת.
issue-key = המפתח של בעל התעודה
issue-seal-key = מפתח החותמת
issue-seal-secret = סיסמת קובץ המפתח של החותמת
issue-submit = הנפקה

## בקשת תעודה

csr-title = בקשת תעודה לרשות מאשרת
csr-intro = יוצרת בקשת PKCS#10 החתומה במפתח רשום, לשליחה לרשות מאשרת חיצונית.
csr-common-name = שם (CN)
csr-organization = ארגון (O)
csr-serial-number = מספר מזהה של האדם
csr-file = קובץ הבקשה
csr-file-hint = נכתב בפורמט PEM; קובץ קיים לעולם אינו מוחלף.
csr-dialog-title = היכן לשמור את הבקשה
csr-submit = יצירת הבקשה
csr-done = הבקשה נכתבה אל { $path }.

## פרטי התעודה

detail-title = תעודה { $id }
detail-back = חזרה לרשימה
detail-subject = בעל התעודה
detail-certificate = תעודה
detail-issuer = מנפיק
detail-serial = מספר סידורי
detail-valid-from = בתוקף מ־
detail-valid-until = בתוקף עד
detail-sha256 = טביעת אצבע SHA-256
detail-sha1 = טביעת אצבע SHA-1
detail-key-usage = שימושי המפתח
detail-extended-key-usage = שימושים מורחבים של המפתח
detail-emails = כתובות דואר אלקטרוני
detail-key = מפתח פרטי
detail-key-none = אינו שמור ב־SealDesk
detail-key-token = באסימון „{ $token }”, אובייקט „{ $object }”
detail-chain = שרשרת
detail-pem = PEM
detail-revoke = שלילה…
detail-revoke-reason = סיבה
detail-revoke-confirm = לשלול את תעודה { $id }? לא ניתן לחזור מפעולה זו.
detail-revoke-yes = שלילת התעודה
detail-revoked = תעודה { $id } נשללה.
detail-trusted = מהימנה כתעודת שורש
detail-trusted-yes = כן: חתימות המובילות אליה מאומתות
detail-trusted-no = לא
detail-trust = לסמוך על תעודת השורש הזו…
detail-trust-confirm = לסמוך על { $subject } כתעודת שורש? כל חתימה המובילה אליה תאומת מעתה. עשו זאת רק אם טביעת האצבע SHA-256 הזו זהה בדיוק לזו שרשות האישורים מסרה לכם בערוץ אחר: { $fingerprint }
detail-trust-yes = טביעת האצבע תואמת: לסמוך
detail-trust-done = תעודה { $id } מהימנה כעת כתעודת שורש.
detail-untrust = להפסיק לסמוך…
detail-untrust-confirm = להפסיק לסמוך על { $subject }? חתימות המובילות רק אליה לא יאומתו עוד.
detail-untrust-yes = להפסיק לסמוך
detail-untrust-done = תעודה { $id } אינה מהימנה עוד.
revoke-reason-unspecified = ללא ציון סיבה
revoke-reason-key-compromise = המפתח אבד או נגנב
revoke-reason-affiliation-changed = פרטי בעל התעודה השתנו
revoke-reason-superseded = הוחלפה בתעודה חדשה
revoke-reason-cessation-of-operation = בעל התעודה עזב או שהשירות הסתיים
attr-common-name = שם (CN)
attr-organization = ארגון (O)
attr-organizational-unit = יחידה או קוד חברה (OU)
attr-country = מדינה (C)
attr-locality = יישוב (L)
attr-state = מחוז (ST)
attr-surname = שם משפחה (SN)
attr-given-name = שם פרטי
attr-title = תפקיד
attr-serial-number = מספר מזהה
attr-organization-identifier = מזהה ארגון
attr-user-id = שם משתמש (UID)
attr-email = דואר אלקטרוני

## בעיות בהפעלה

startup-error-title = SealDesk אינו יכול לפתוח את הנתונים שלו
startup-error-intro = דבר לא שונה. פרטים:

## שגיאות (אחת לכל קוד שגיאה קבוע; הקוד "a.b-c" הוא ההודעה "error-a-b-c")

error-store-in-use = נתוני SealDesk נמצאים בשימוש של חלון או פקודה אחרים של SealDesk. סגרו אותם, או המתינו רגע ונסו שוב.
error-store-schema-too-new = הנתונים נכתבו על ידי גרסה חדשה יותר של SealDesk (גרסת מבנה נתונים { $found }; גרסה זו של SealDesk מכירה עד { $known }). התקינו את SealDesk החדש יותר.
error-store-corrupt = הקובץ { $path } פגום או שאינו מאגר של SealDesk. הוא נשאר כפי שהיה.
error-store-backup-invalid = הקובץ { $path } אינו גיבוי קריא של SealDesk. דבר לא שוחזר והנתונים נשארו ללא שינוי.
error-store-read-only = נתוני SealDesk זמינים למשתמש זה לקריאה בלבד: הקובץ או התיקייה שלהם מוגנים מכתיבה. כדי לשנות משהו יש לבקש הרשאת כתיבה לתיקיית הנתונים.
error-store-disk-full = הדיסק שבו נמצאים נתוני SealDesk מלא. דבר לא שונה; יש לפנות מקום ולנסות שוב.
error-store-missing = עדיין אין נתוני SealDesk ב־{ $path }. הגדירו את SealDesk תחילה.
error-store-no-data-dir = לא ידועה תיקיית נתוני יישומים עבור משתמש זה. בחרו תיקיית נתונים במפורש.
error-io = לא ניתן לקרוא או לכתוב את { $path }. יש לבדוק שהדיסק מחובר ולנסות שוב.
error-io-disk-full = הדיסק מלא: לא ניתן היה לכתוב את { $path }. לא נשאר קובץ כתוב למחצה; יש לפנות מקום ולנסות שוב.
error-io-not-found = { $path } אינו קיים. יש לבדוק את השם ואת התיקייה.
error-io-permission-denied = אין הרשאה להשתמש ב־{ $path }. יש לבחור מקום אחר או לפנות למי שמנהל את המחשב.
error-io-read-only = { $path } נמצא בדיסק לקריאה בלבד. יש לבחור מקום אחר.
error-io-not-a-folder = { $path } אינו תיקייה. יש לבחור תיקייה.
error-io-not-text = { $path } אינו קובץ טקסט. יש לבחור את הקובץ הנכון.
error-secrets-locked = מאגר הסיסמאות של המערכת ({ $store }) לא ענה בזמן: כנראה שהוא נעול. יש לבטל את נעילתו ולנסות שוב.
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
error-auth-required = לשם כך נדרשת הסיסמה של המפעיל { $login }.
error-auth-wrong-password = שם משתמש או סיסמה שגויים. אפשר לנסות שוב בעוד { $seconds ->
    [one] שנייה אחת
    [two] שתי שניות
   *[other] { $seconds } שניות
}.
error-auth-throttled = יותר מדי ניסיונות שגויים. המתינו { $seconds ->
    [one] שנייה אחת
    [two] שתי שניות
   *[other] { $seconds } שניות
} ונסו שוב.
error-auth-operator-disabled = המפעיל { $login } מושבת ואינו יכול להיכנס.
error-auth-administrator-only = רק מנהל המערכת יכול לעשות זאת.
error-company-not-found = אין חברה { $code }.
error-company-code-taken = לחברה אחרת כבר יש את הקוד { $code }. בחרו קוד אחר.
error-company-invalid-code = „{ $code }” אינו יכול לשמש קוד חברה: השתמשו ב־1 עד 32 אותיות לטיניות, ספרות, „-” או „_”.
error-company-name-required = הזינו את שם החברה.
error-company-quota-below-active = המכסה { $quota } נמוכה ממספר התעודות שכבר פעילות ({ $active }). בחרו לפחות { $active }, או השאירו ריק.
error-operator-login-taken = שם המשתמש { $login } כבר תפוס. בחרו שם אחר.
error-operator-invalid-login = „{ $login }” אינו יכול לשמש שם משתמש: השתמשו ב־1 עד 64 אותיות, ספרות, „.”, „-”, „_” או „@”.
error-session-locked = SealDesk נעול. היכנסו שוב.
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
error-pkcs12-wrong-password = הסיסמה אינה פותחת את קובץ ה-PKCS#12 הזה (⁦.p12/.pfx⁩).
error-pkcs12-invalid = זהו אינו קובץ PKCS#12 קריא (⁦.p12/.pfx⁩): { $detail }
error-pkcs12-password-unsupported = סיסמת PKCS#12 אינה יכולה להכיל אימוג׳י או תווים נדירים אחרים (מחוץ למישור הבסיסי של Unicode). בחרו סיסמה אחרת.
error-pkcs12-password-required = קובץ PKCS#12 (⁦.p12/.pfx⁩) צריך סיסמה: הזינו סיסמה שאינה ריקה.
error-csr-invalid = זו אינה בקשת אישור (PKCS#10) שניתן להשתמש בה: { $detail }
error-cert-invalid = זו אינה תעודה קריאה: { $detail }
error-cert-nothing-to-import = הקובץ { $path } אינו מכיל תעודה.
error-cert-key-mismatch = המפתח הפרטי אינו שייך לתעודה זו.
error-cert-not-found = אין ב-SealDesk תעודה מספר { $id }.
error-cert-already-revoked = תעודה { $id } כבר נשללה.
error-cert-not-issued-by-seal = תעודה { $id } לא הונפקה על ידי אחת מחותמות החברה, ולכן SealDesk אינו יכול לשלול אותה.
error-cert-fingerprint-mismatch = טביעת האצבע שהוזנה אינה טביעת האצבע SHA-256 של תעודה { $id }. השוו אותה שוב לזו שקיבלתם מרשות האישורים; דבר לא סומן כמהימן.
error-cert-trust-not-ca = תעודה { $id } אינה תעודת רשות אישורים, ולכן אי אפשר לסמוך עליה כתעודת שורש.
error-cert-seal-always-trusted = תעודה { $id } היא חותמת של החברה: היא נשארת מהימנה כל עוד היא קיימת.
error-cert-signature-invalid = החתימה של התעודה { $subject } אינה מאומתת: התעודה שונתה או ניזוקה. דבר לא יובא.
error-seal-not-found = אין חותמת חברה מספר { $id }.
error-seal-not-usable = חותמת החברה { $id } אינה יכולה להנפיק תעודות: { $reason ->
    [expired] תוקפה פג. יש ליצור חותמת חדשה.
    [revoked] היא נשללה. יש ליצור חותמת חדשה.
    [superseded] חותמת חדשה יותר החליפה אותה. יש להשתמש בחותמת הנוכחית.
    [not-yet-valid] היא עדיין אינה בתוקף.
   *[other] { $reason }.
}
error-pki-field-required = יש למלא את { $field }.
error-pki-field-too-long = { $field } יכול להכיל לכל היותר { $max } תווים.
error-pki-field-invalid-character = { $field } מכיל תו בקרה או תו לשינוי כיוון הטקסט, שעלול לגרום לשם להיראות כשם אחר.
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
error-io-not-a-regular-file = { $path } אינו קובץ רגיל (זו תיקייה, התקן או צינור). יש לבחור קובץ.
error-io-file-too-large = הקובץ { $path } גדול מ־{ $limit } בתים, יותר ממה שקובץ מסוג זה יכול להיות. יש לבדוק שזה הקובץ הנכון.
error-io-missing = הקובץ { $path } אינו נמצא: הוא הועבר, שמו שונה או שנמחק, או שהשם הוקלד בטעות.
error-io-unreadable = הקובץ { $path } קיים אך לא ניתן לפתוח אותו לקריאה. יש לבדוק שיש הרשאה לפתוח אותו, או לפנות למי שמנהל את המחשב.
error-key-not-exportable = המפתח של תעודה { $id } נמצא על טוקן ואינו יכול לצאת ממנו. קובץ PKCS#12 דורש מפתח השמור בקובץ.
error-cert-no-key = SealDesk אינו מחזיק את המפתח הפרטי של תעודה { $id }.
error-cancelled = בוטל.
error-id-invalid-format = { $value } אינו מספר { $kind } של { $country }: האורך או התווים שגויים. בדקו מול מסמך הרישום.
error-id-invalid-checksum = { $value } אינו מספר { $kind } תקין של { $country }: ספרת הביקורת אינה מתאימה, בדרך כלל בגלל טעות הקלדה. בדקו כל ספרה.
error-id-unknown-kind = SealDesk אינו מכיר מזהה מסוג { $kind } עבור { $country }.
error-id-not-an-organization = { $value } הוא { $kind } של אדם ב־{ $country }, ולא מזהה של ארגון. הזינו את המספר של הארגון עצמו.

# Signing identities
error-identity-not-found = אין זהות חתימה { $id }.
error-identity-password-too-short = סיסמת החתימה צריכה לכלול לפחות { $min } תווים.
error-identity-awaiting-certificate = לזהות החתימה { $id } אין עדיין תעודה. צרפו את התעודה שרשות האישורים שלחה בתשובה לבקשה.
error-identity-certificate-not-valid = זהות החתימה { $id } אינה יכולה לחתום: התעודה שלה { $status ->
    [expired] פגה
    [not-yet-valid] עדיין אינה בתוקף
    [revoked] נשללה
   *[issuer-invalid] אינה תקפה כי החותמת שהנפיקה אותה פגה או נשללה
}. בחרו זהות אחרת או חדשו את התעודה.
error-identity-certificate-mismatch = בקובץ אין תעודה עבור המפתח של זהות החתימה { $id }: הוא עונה לבקשה אחרת.

error-sign-certificate-not-usable = האישור { $id } אינו יכול לחתום: { $status ->
    [expired] תוקפו פג
    [not-yet-valid] הוא עדיין אינו בתוקף
    [revoked] הוא נשלל
   *[issuer-invalid] הוא אינו תקף כי החותמת שהנפיקה אותו פגה או נשללה
}. בחרו אישור אחר או חדשו אותו.
error-cli-usage = שימוש שגוי בפקודה: { $detail }
error-cli-secret-file = לא ניתן לקרוא את הסוד מתוך { $source }: { $detail }
error-cli-secret-file-open = משתמשים אחרים במחשב זה יכולים לקרוא את { $path }, ולכן הסוד שבו אינו פרטי. יש להגביל את הקריאה אליך בלבד (chmod 600 { $path }).
error-general-worker-failed = הפעולה נעצרה באופן בלתי צפוי: { $detail }
error-unknown = משהו לא צפוי השתבש. יש לנסות שוב; אם זה חוזר, יש להפעיל מחדש את SealDesk.
error-desktop-no-file-manager = לא ניתן לפתוח את התיקייה: אף מנהל קבצים לא ענה. הקובץ הוא { $path }.

# Importing and exporting certificate files
certs-import = ייבוא…
import-title = ייבוא תעודות
import-intro = תעודה או שרשרת בתבנית PEM או DER ‏(⁦.pem, .crt, .cer, .der⁩), או קובץ PKCS#12 ‏(⁦.p12, .pfx⁩) עם המפתח הפרטי שלו.
import-file = קובץ לייבוא
import-dialog-title = בחירת קובץ תעודה לייבוא
import-password = סיסמת קובץ ה־PKCS#12
import-password-hint = מפתח פרטי שבקובץ נשמר ב־SealDesk מוצפן באותה סיסמה.
import-submit = ייבוא
import-done = { $count ->
    [one] יובאה תעודה אחת.
    [two] יובאו שתי תעודות.
   *[other] יובאו { $count } תעודות.
}
import-nothing-new = { $count ->
    [one] התעודה שבקובץ זה כבר נמצאת ב-SealDesk; לא נוסף דבר חדש.
   *[other] כל { $count } התעודות שבקובץ זה כבר נמצאות ב-SealDesk; לא נוסף דבר חדש.
}
import-key-added = התעודות כבר היו ב-SealDesk; המפתח הפרטי שלהן נוסף.
import-col-issuer = מנפיק
import-with-key = עם המפתח הפרטי
file-filter-certificate-files = תעודות ו־PKCS#12
file-filter-certificates = תעודות (PEM, DER)
file-filter-pkcs12 = PKCS#12 (תעודה עם מפתח)
file-filter-pem = תעודת PEM
file-filter-der = תעודת DER
validation-import-file-required = יש לבחור את הקובץ לייבוא.
validation-import-password-required = יש להזין את סיסמת קובץ ה־PKCS#12.
detail-export = ייצוא…
export-title = ייצוא תעודה { $id }
export-format = מה לייצא
export-format-pem = התעודה בלבד, בתבנית PEM ‏(⁦.pem⁩)
export-format-der = התעודה בלבד, בתבנית DER ‏(⁦.cer⁩), שנפתחת ב־Windows
export-format-pkcs12 = התעודה עם המפתח הפרטי והשרשרת, כקובץ PKCS#12 ‏(⁦.p12⁩)
export-token-note = המפתח הפרטי נמצא על טוקן ואינו יכול לצאת ממנו, ולכן אפשר לייצא רק את התעודה.
export-file = קובץ
export-dialog-title = שמירת התעודה בשם
export-key-password = סיסמת קובץ המפתח הפרטי
export-submit = ייצוא
export-done = נשמר ב־{ $path }.
validation-export-key-password-required = יש להזין את סיסמת קובץ המפתח הפרטי.
validation-pkcs12-password-required = יש להזין סיסמה לקובץ ה־PKCS#12.
p12-password = סיסמה לקובץ ה־PKCS#12
p12-password-confirm = הזנה חוזרת של סיסמת ה־PKCS#12
p12-password-hint = מי שפותח את הקובץ צריך את הסיסמה הזו. יש לשלוח אותה בדרך אחרת מהקובץ.
p12-legacy = תואם ל־Windows ישן (3DES/SHA-1, חלש יותר)
p12-legacy-warning = הגנה חלשה יותר: יש לבחור בה רק עבור מכשיר שדוחה את ברירת המחדל, כמו Windows Server 2016 או ישן יותר.
issue-p12 = לשמור גם כ־PKCS#12 ‏(⁦.p12⁩) עם המפתח והשרשרת
issue-p12-file = קובץ PKCS#12
issue-p12-dialog-title = שמירת קובץ ה־PKCS#12 בשם
issue-p12-token-note = מפתח שעל טוקן אינו יכול לצאת ממנו, ולכן אי אפשר ליצור איתו קובץ PKCS#12.
certs-issued-p12 = קובץ ה־PKCS#12 נכתב ל־{ $path }.

## Documents: signing
docs-sign-title = חתימה על מסמכים
docs-sign-intro = קובצי PDF נחתמים בתוך הקובץ (PAdES); כל קובץ אחר מקבל לצדו קובץ חתימה נפרד (⁦.p7s⁩). המקור אינו משתנה לעולם.
docs-no-certificate = עדיין אין תעודה לחתימה. הנפיקו תעודה מחותמת החברה, או ייבאו תעודה עם המפתח שלה, במסך חותמת ותעודות.
docs-drop-hint = גררו קבצים לכאן, או בחרו אותם.
docs-pick = בחירת קבצים…
docs-pick-title = קבצים לחתימה
docs-path = או הקלידו את הנתיב המלא של הקובץ
docs-add = הוספה
docs-remove = הסרת { $name } מהרשימה
docs-remove-short = הסרה
docs-file-left-out = קובץ זה לא ייחתם.
docs-sign-with = חתימה באמצעות
docs-valid-until = בתוקף עד { $date }
docs-active-identity = הזהות הפעילה
docs-key-password = סיסמת מפתח החתימה
docs-sign = { $count ->
    [one] חתימה על קובץ אחד
   *[other] חתימה על { $count } קבצים
}
docs-stop = עצירה אחרי קובץ זה
docs-progress = חותם
docs-summary = נחתמו: { $signed }. נכשלו: { $failed }. לא נחתמו בגלל עצירה: { $stopped }.
docs-col-file = קובץ
docs-col-result = תוצאה
docs-show = הצגה בתיקייה
docs-format-pades = PDF חתום (PAdES)
docs-checked-valid = נבדק: תקף
docs-checked-valid-with-warnings = נבדק: תקף, עם הערה
docs-checked-invalid = נבדק: אינו תקף
docs-checked-unsigned = נבדק: אין חתימה
docs-format-cades = קובץ חתימה (⁦.p7s⁩)
# Signing identities (screen and wizard)
first-steps-title = צעדים ראשונים
first-steps-intro = הגדירו את SealDesk בסדר הזה. כל צעד מסומן ברגע שהוא הושלם.
first-steps-hide = הסתרת המדריך
first-steps-done = הושלם
first-steps-todo = עוד לא בוצע
first-steps-authority = חותמת החברה, או רשות אישורים חיצונית
first-steps-authority-hint = החותמת (או רשות אישורים מחוץ ל־SealDesk) מאשרת את תעודות החתימה, ולכן היא קודמת לכול.
first-steps-identity = זהות חותמת
first-steps-identity-hint = העסק שלכם והאדם שחותם בשמו, עם מפתח ותעודה.
first-steps-mail = שרת הדואר
first-steps-mail-hint = שרת הדואר היוצא ששולח מסמכים חתומים והודעות.
first-steps-sign = חתימה על מסמך
first-steps-sign-hint = חתמו על קובץ PDF או על כל קובץ אחר בזהות הפעילה.
first-steps-go-authority = יצירת החותמת
first-steps-go-outside-ca = ייבוא תעודת רשות אישורים
first-steps-go-identity = רישום זהות
first-steps-go-mail = הגדרת דואר
first-steps-go-sign = חתימה על מסמך
first-steps-next-authority = הצעד הבא: צרו את חותמת החברה, או ייבאו את התעודה של רשות האישורים החיצונית שלכם.
first-steps-next-identity = הצעד הבא: רשמו את הזהות שתחתום על המסמכים שלכם.
first-steps-next-mail = הצעד הבא: הגדירו את שרת הדואר ששולח את המסמכים החתומים שלכם.
first-steps-next-sign = הצעד הבא: חתמו על המסמך הראשון שלכם.

identities-title = זהויות חתימה
identities-intro = כל זהות היא העסק שלכם והאדם שחותם בשמו, עם מפתח ותעודה. בדיוק זהות אחת חותמת על מסמכים: הזהות הפעילה.
identities-none = עדיין אין זהות חתימה. רשמו זהות כדי לחתום על מסמכים.
identities-none-active = לא נבחרה זהות לחתימה. בחרו זהות עם תעודה בתוקף.
identity-new = רישום זהות
identity-col-signer = חותם ועסק
identity-col-status = מצב
identity-col-valid-until = בתוקף עד
identity-col-signing = חתימה
identity-col-actions = פעולות
identity-active = פעילה
identity-select = בחירה לחתימה
identity-selected = { $signer } חותם/ת כעת על המסמכים שלכם.
identity-details = פרטי התעודה
identity-remove = הסרה
identity-remove-confirm = להסיר את הזהות החותמת { $signer } ({ $business })? המפתח והתעודה שלה נשארים ב־SealDesk; רק הזהות מוסרת.
identity-remove-confirm-active = להסיר את הזהות החותמת { $signer } ({ $business })? היא חותמת כעת על המסמכים שלכם: לאחר ההסרה אף זהות לא תחתום עד שתבחרו אחרת. המפתח והתעודה שלה נשארים ב־SealDesk.
identity-remove-yes = הסרת הזהות
identity-removed = הזהות { $signer } הוסרה. המפתח והתעודה שלה נשמרו.
identity-removed-active = הזהות { $signer } הוסרה; המפתח והתעודה שלה נשמרו. בחרו זהות אחרת כדי לחתום על מסמכים.
identity-attach = צירוף התעודה מרשות האישורים
identity-attach-file = קובץ התעודה מרשות האישורים
identity-attach-dialog-title = פתיחת התעודה שרשות האישורים שלחה
identity-attach-hint = התעודה (PEM או DER), עם השרשרת אם נשלחה. עליה להתאים לבקשה של זהות זו.
identity-attach-submit = צירוף
identity-attached = התעודה של { $signer } צורפה.
identity-attached-selected = התעודה של { $signer } צורפה, והזהות חותמת כעת על המסמכים שלכם.
identity-created-selected = התעודה של { $signer } נוצרה ונבחרה לחתימה.
identity-created-not-selected = הזהות של { $signer } נוצרה אך לא נבחרה: { $reason ->
    [awaiting-certificate] שלחו את הבקשה לרשות האישורים, ואז צרפו את התעודה שתחזיר.
    [certificate-not-valid] התעודה שלה אינה בתוקף כעת.
   *[not-requested] בחרו בה כשתרצו שתחתום.
}
badge-awaiting-certificate = ממתינה לתעודה
validation-attach-file-required = בחרו את קובץ התעודה שרשות האישורים שלחה.
identity-wizard-title = רישום זהות חתימה
identity-finish = רישום
identity-step-business = מזהה העסק
identity-step-names = עסק וחותם
identity-step-secret = סיסמת חתימה ומפתח
identity-step-certificate = תעודה
identity-step-summary = סיכום
identity-country = מדינת העסק
identity-country-other = מדינה אחרת
identity-country-code = קוד מדינה בן שתי אותיות
identity-kind = סוג המזהה
identity-business-id = מזהה העסק
identity-business-id-valid = תקין. בתעודה: { $value }
identity-business-name = שם העסק
identity-signer-name = שם החותם
identity-signer-name-hint = העסק, בעליו או מורשה חתימה מטעמו.
identity-email = דוא״ל שיוצג בחתימה
identity-email-hint = לידיעה בלבד: מופיע בתעודה.
identity-key-target = היכן נשמר המפתח
identity-key-file = בקובץ מפתח המוגן בסיסמת החתימה
identity-key-token = על טוקן (כרטיס חכם או טוקן USB)
identity-password = סיסמת חתימה
identity-password-hint = לפחות { $min } תווים; מותר להשתמש בספרות. מקלידים אותה בכל חתימה.
identity-password-confirm = סיסמת החתימה שוב
identity-token-label = תווית הטוקן
identity-token-hint = הגישה לטוקן היא דרך מודול PKCS#11 שנבחר בהגדרות. ה-PIN שלו הוא אז סוד החתימה שלכם.
identity-token-pin = PIN של הטוקן
identity-source = תעודה
identity-source-seal = מונפקת עכשיו על ידי חותמת החברה
identity-source-csr = מבוקשת מרשות אישורים (CSR)
identity-no-seal = אין חותמת חברה בתוקף: צרו אחת תחת „חותמת ותעודות”, או בקשו את התעודה מרשות אישורים.
identity-seal = חותמת החברה
identity-seal-password = סיסמת המפתח של החותמת
identity-days = תוקף בימים
identity-csr-file = שמירת הבקשה בשם
identity-csr-dialog-title = שמירת בקשת התעודה בשם
identity-csr-hint = שלחו קובץ זה לרשות האישורים; את התעודה שתחזיר צרפו ברשימת הזהויות.
identity-select-new = בחירת זהות זו לחתימה
identity-csr-summary-note = הזהות ממתינה לתעודה עד שתצרפו אותה; קודם לכן אינה יכולה לחתום.
validation-business-id-required = הזינו את מזהה העסק.
validation-business-id-checking = המזהה עדיין נבדק; רגע בבקשה.
validation-business-name-required = הזינו את שם העסק.
validation-signer-name-required = הזינו את שם החותם.
validation-email-required = הזינו כתובת דוא״ל, למשל name@example.com.
validation-token-label-required = הזינו את תווית הטוקן.
validation-pin-required = הזינו את ה-PIN של הטוקן.
validation-seal-required = בחרו את חותמת החברה.
country-il = ישראל
country-pl = פולין
country-it = איטליה
country-ua = אוקראינה
country-ru = רוסיה
id-kind-il-company = מספר חברה או עוסק מורשה
id-kind-pl-nip = מספר מס
id-kind-pl-regon = מספר סטטיסטי
id-kind-it-partita-iva = מספר מע״מ
id-kind-it-codice-fiscale = קוד מס אישי
id-kind-ua-edrpou = קוד רישום של תאגיד
id-kind-ua-rnokpp = מספר מס אישי
id-kind-ru-inn = מספר נישום
id-kind-other = מזהה

## Verify screen
verify-title = בדיקת מסמך חתום
verify-intro = בחרו קובץ PDF חתום, או כל קובץ שקובץ החתימה שלו (⁦.p7s⁩) נמצא לצדו. SealDesk בודק ששום דבר לא שונה מאז החתימה, מי חתם ומתי, והאם תעודת החותם מובילה לחותמת או לרשות אישורים שאתם סומכים עליה.
verify-file = מסמך חתום
verify-signature-file = קובץ חתימה נפרד (רשות)
verify-signature-hint = השאירו ריק כשהחתימה בתוך ה-PDF או שהיא קובץ ה-⁦.p7s⁩ באותו שם לצד המסמך.
verify-run = בדיקה
verify-verdict-valid = החתימה תקפה.
verify-verdict-valid-with-warnings = החתימה תקפה, עם הערה בהמשך.
verify-verdict-invalid = החתימה אינה תקפה. אין להסתמך על מסמך זה כחתום.
verify-verdict-unsigned = במסמך זה אין חתימה. הוא לא נחתם, או שהחתימה הוסרה.
verify-format-pades = { $name }: חתימות בתוך ה-PDF
verify-format-cades = { $name }: קובץ חתימה נפרד (⁦.p7s⁩)
verify-signature-n = חתימה { $n }
verify-signer = נחתם על ידי
verify-signer-unknown = לא ידוע (תעודת החותם חסרה)
verify-signed-at = נחתם בתאריך
verify-signed-at-unknown = לא צוין
verify-coverage = מכסה
verify-covers-whole-file = את כל הקובץ כפי שהוא עכשיו
verify-covers-signed-version = את הקובץ כפי שנחתם; שינויים נוספו אליו מאוחר יותר
verify-covers-part = רק חלק מהקובץ
verify-trust-anchor = אמון דרך
verify-trust-anchor-none = אין תעודה מהימנה (חותמת החברה או תעודת שורש שבחרת לסמוך עליה)
verify-signature-fine = אין שום בעיה בחתימה זו.
# PDF signing (PAdES)
error-pdf-encrypted = { $path } הוא קובץ PDF מוצפן. הסירו את הסיסמה (שמרו עותק לא מוגן) לפני החתימה.
error-pdf-no-changes-allowed = { $path } מאושר עם „ללא שינויים”; חתימה נוספת תשבור את האישור.
error-pdf-unreadable = לא ניתן לקרוא את { $path } כקובץ PDF: { $reason }
error-pdf-header-not-at-start = { $path } נפתח בקוראי PDF אך אינו מתחיל בכותרת %PDF- שלו, ולכן אי אפשר לחתום בתוכו בבטחה. פתחו אותו בקורא PDF ושמרו אותו שוב, או חתמו עליו בקובץ חתימה נפרד (⁦.p7s⁩).
error-pdf-detached-output-named-pdf = { $path } מסתיים ב־⁦.pdf⁩, אך חתימה נפרדת אינה קובץ PDF. בחרו שם שמסתיים ב־⁦.p7s⁩.
error-pdf-signed-output-not-named-pdf = { $path } אינו מסתיים ב־⁦.pdf⁩, אך קובץ PDF חתום הוא קובץ PDF. בחרו שם שמסתיים ב־⁦.pdf⁩.
error-sign-output-name-invalid = ”{ $name }“ אינו שם קובץ. יש לתת שם בלי תיקיות; הקובץ נשמר לצד המסמך.
error-sign-not-this-signed-copy = { $path } אינו המסמך הזה חתום באישור הזה, ולכן לא נשלח.
## Verifying signatures
error-verify-signature-missing = קובץ החתימה { $path } לא נמצא. בחרו את קובץ החתימה.
error-verify-not-cms = { $path } אינו קובץ חתימה (⁦.p7s⁩), או שהוא פגום.
error-verify-not-valid = החתימות של { $path } אינן תקפות.
verify-problem-digest-mismatch = המסמך שונה לאחר שנחתם.
verify-problem-signature-invalid = החתימה פגומה: היא אינה תואמת את המפתח של החותם.
verify-problem-signer-certificate-missing = תעודת החותם אינה בחתימה ואינה ב-SealDesk, ולכן אי אפשר לבדוק את החתימה.
verify-problem-untrusted-chain = תעודת החותם לא הונפקה על ידי חותמת החברה או על ידי רשות אישורים שאתם סומכים עליה.
verify-problem-signer-expired = תוקף תעודת החותם פג.
verify-problem-signer-not-yet-valid = תעודת החותם עדיין לא הייתה בתוקף.
verify-problem-signer-revoked = תעודת החותם נשללה.
verify-problem-seal-invalid = החותמת או רשות האישורים שהנפיקה את תעודת החותם נשללה או שתוקפה פג.
verify-problem-content-added-after = משהו נוסף למסמך אחרי החתימה האחרונה.
verify-problem-no-signing-certificate-attribute = החתימה אינה מציינת את התעודה שלה בנתונים החתומים (התוכן עצמו שלם).
verify-problem-signing-certificate-mismatch = החתימה מציינת תעודה שונה מזו שבה נעשתה.
verify-problem-weak-algorithm = החתימה משתמשת באלגוריתם מיושן (SHA-1) שאינו בטוח עוד.
verify-problem-unsupported-algorithm = החתימה משתמשת באלגוריתם ש-SealDesk אינו יכול לבדוק.
verify-problem-byte-range-invalid = התיאור של החלק החתום בקובץ ה-PDF שגוי או פגום.
verify-problem-unsupported-signature-type = SealDesk אינו בודק סוג זה של חתימת PDF (למשל חותמת זמן של מסמך).
verify-problem-no-signature = במסמך אין חתימה.
verify-problem-modified-after-signing = המסמך שונה לאחר חתימה זו מעבר למה שהחתימה מתירה (לא רק הוספת חתימות).
verify-problem-key-usage-not-for-signing = תעודת החותם אינה מיועדת לחתימה על מסמכים (שימוש המפתח שלה אינו כולל אי-התכחשות), למשל תעודת כניסה לפורטל.
verify-modification = { $change ->
    [deleted] נמחק
   *[changed] שונה
}: { $role ->
    [catalog] קטלוג המסמך
    [page-tree] עץ הדפים
    [page] עמוד { $page }
    [page-content] התוכן של עמוד { $page }
    [form] הטופס
    [form-field] שדה בטופס
    [annotation] הערה
    [signature] מילון חתימה
    [font] גופן
   *[object] אובייקט אחר
} (אובייקט { $object })

## Mail: outgoing server settings, credential store, connection test
audit-smtp-saved = שרת הדואר היוצא נשמר: { $host } פורט { $port } ({ $security })
error-mail-header-injection = השדה { $field } חייב להיות בשורה אחת.
error-mail-header-control = השדה { $field } מכיל תו בקרה (כגון טאב, escape או צלצול). יש להסיר אותו.
error-mail-attachment-name-bidi = שם הקובץ המצורף { $name } מכיל תו שמשנה את כיוון הטקסט, ולכן הוא יוצג בסדר שונה מהאמיתי. יש לשנות את שם הקובץ.
error-mail-invalid-address = { $value } בשדה { $field } אינה כתובת דוא״ל תקינה.
error-mail-invalid-host = { $host } אינו שם שרת תקין.
error-mail-invalid-port = הפורט חייב להיות בין 1 ל־65535.
error-mail-plain-not-allowed = חיבור לא מוצפן שולח את הסיסמה בגלוי. יש לבחור TLS או STARTTLS, או לאשר במפורש חיבור לא מוצפן.
error-mail-unknown-security = סוג אבטחה לא מוכר { $value }; יש להשתמש ב־tls, starttls או none.
error-mail-unknown-auth = שיטת כניסה לא מוכרת { $value }; יש להשתמש ב־plain, login, xoauth2 או none.
error-mail-password-required = כניסה דורשת גם שם משתמש וגם סיסמה או אסימון.
error-mail-not-configured = עדיין לא הוגדר שרת דואר יוצא.
error-mail-credential-store-unavailable = לא ניתן להשתמש במאגר הסיסמאות של המערכת ({ $detail }). יש לבטל את נעילתו או להפעיל אותו ולנסות שוב.
error-mail-credential-missing = במאגר הסיסמאות של המערכת אין סיסמה עבור { $account }. יש להזין את הסיסמה שוב.
error-mail-ca-file-invalid = { $path } אינו אישור CA בתבנית PEM.
error-mail-bcc-not-allowed = { $provider } דוחה הודעות עם נמענים מוסתרים (Bcc); יש להסיר את כתובת ה־Bcc.
error-mail-test-failed = בדיקת החיבור נכשלה בשלב { $step }.
# Mail outbox
error-mail-no-recipients = להודעה אין נמען. יש לציין לפחות כתובת אחת באל, עותק או עותק מוסתר.
error-mail-message-too-large = ההודעה תהיה בגודל של כ-{ $size } בתים, יותר מ-{ $limit } בתים שרבים משרתי הדואר מקבלים. יש לשלוח קבצים מצורפים קטנים יותר או לאשר שליחה בכל זאת.
error-mail-compose-failed = לא ניתן היה להרכיב את ההודעה: { $detail }
error-mail-outbox-not-found = אין הודעה { $id } בתיבת הדואר היוצא.
error-mail-spool-invalid = ההודעה שבתור { $path } אינה קובץ רגיל של תיקיית הדואר היוצא (קישור או קובץ שהוחלף), ולכן לא נשלחה. יש לבטל אותה ולכתוב אותה מחדש.
error-mail-outbox-wrong-state = הודעה { $id } במצב { $state }; לא ניתן לעשות זאת כעת.
error-mail-outcome-unknown = השליחה נקטעה בזמן שהשרת קיבל את ההודעה, ולכן ייתכן שהיא הגיעה. יש לבדוק מול הנמען ואז לשלוח שוב או לבטל.
error-mail-server-unreachable = { $reason ->
    [connection-refused] שרת הדואר דחה את החיבור: אף שירות לא עונה בפתחה זו. יש לבדוק את הפתחה ואת הגדרת האבטחה.
    [host-not-found] שם שרת הדואר לא נמצא. יש לבדוק את שם השרת ושהמחשב מחובר לאינטרנט.
    [timed-out] שרת הדואר לא ענה בזמן. יש לבדוק שהמחשב מחובר ושחומת אש אינה חוסמת את הפתחה.
    [network-unreachable] אין גישה לרשת של שרת הדואר. יש לבדוק שהמחשב מחובר לאינטרנט.
    [connection-reset] שרת הדואר סגר את החיבור.
    [tls] החיבור המאובטח לשרת הדואר נכשל. יש לבדוק את הגדרת האבטחה.
    [no-starttls] שרת הדואר אינו מציע חיבור מאובטח (STARTTLS) בפתחה זו. יש לבדוק את הפתחה ואת הגדרת האבטחה.
   *[other] לא ניתן להגיע לשרת הדואר.
}
error-mail-auth-refused = שרת הדואר דחה את הכניסה ({ $reply }). יש לבדוק את שם המשתמש והסיסמה בהגדרות הדואר.
error-mail-deferred = שרת הדואר ביקש לנסות מאוחר יותר ({ $reply }).
error-mail-rejected = שרת הדואר דחה את ההודעה ({ $reply }). יש לבדוק את הכתובות והקבצים המצורפים.
error-mail-connection-lost = { $reason ->
    [connection-refused] שרת הדואר דחה את החיבור: אף שירות לא עונה בפתחה זו. יש לבדוק את הפתחה ואת הגדרת האבטחה.
    [host-not-found] שם שרת הדואר לא נמצא. יש לבדוק את שם השרת ושהמחשב מחובר לאינטרנט.
    [timed-out] שרת הדואר לא ענה בזמן. יש לבדוק שהמחשב מחובר ושחומת אש אינה חוסמת את הפתחה.
    [network-unreachable] אין גישה לרשת של שרת הדואר. יש לבדוק שהמחשב מחובר לאינטרנט.
    [connection-reset] שרת הדואר סגר את החיבור.
    [tls] החיבור המאובטח לשרת הדואר נכשל. יש לבדוק את הגדרת האבטחה.
    [no-starttls] שרת הדואר אינו מציע חיבור מאובטח (STARTTLS) בפתחה זו. יש לבדוק את הפתחה ואת הגדרת האבטחה.
   *[other] החיבור לשרת הדואר נותק.
}
# Mail templates
error-mail-template-unknown-placeholder = מציין מיקום לא מוכר { "{" }{ $name }{ "}" } ב{ $part ->
        [subject] שורת הנושא
        [html] גרסת ה־HTML
       *[text] גוף ההודעה
    }. יש להשתמש ב־recipient, company, sender, document, certificate, valid_until, login או cert_password.
error-mail-template-unbalanced-brace = סוגר מסולסל ללא בן זוג ב{ $part ->
        [subject] שורת הנושא
        [html] גרסת ה־HTML
       *[text] גוף ההודעה
    }. לסוגר רגיל יש לכתוב { "{" }{ "{" } או { "}" }{ "}" }.
error-mail-template-value-missing = לא נמסר ערך עבור מציין המיקום { "{" }{ $name }{ "}" }.
error-mail-template-multiline-value = הערך של { "{" }{ $name }{ "}" } נכנס לשורת הנושא וחייב להיות בשורה אחת.
error-mail-template-unknown-kind = תבנית לא מוכרת { $kind }. יש להשתמש ב־signed-document, portal-certificate, portal-password או renewal-request.
error-mail-template-password-required = התבנית portal-password חייבת לכלול את { "{" }cert_password{ "}" }.
error-mail-template-password-forbidden = אסור שהתבנית { $kind } תכלול את { "{" }cert_password{ "}" }: הסיסמה נשלחת בהודעה נפרדת.
error-mail-template-password-in-subject = { "{" }cert_password{ "}" } יכול להופיע רק בגוף הודעת הסיסמה לפורטל, לא בנושא שלה: נושאים מוצגים ברשימות ובהתראות.
error-mail-template-empty = { $part ->
    [subject] שורת הנושא
    [html] גרסת ה־HTML
   *[text] גוף ההודעה
} של תבנית אינו יכול להיות ריק.
error-smtp-dns = שם השרת לא נמצא. יש לבדוק שאין שגיאת הקלדה בשם השרת ושהמחשב מחובר לאינטרנט.
error-smtp-connect = השרת לא ענה בפורט הזה. יש לבדוק את הפורט ואת סוג האבטחה (465 עם TLS, 587 עם STARTTLS) ושחומת אש אינה חוסמת אותו.
error-smtp-tls-untrusted = אישור השרת לא הונפק על ידי רשות מהימנה. אם מחלקת ה־IT משתמשת ב־CA משלה, יש להוסיף את קובץ האישור שלה; אחרת אין להשתמש בשרת הזה.
error-smtp-tls-hostname = אישור השרת שייך לשם אחר. יש להשתמש בשם השרת המדויק שנתן הספק (לא כינוי ולא כתובת IP).
error-smtp-tls-no-starttls = השרת אינו מציע STARTTLS. יש לבחור TLS בפורט 465 או לבקש מהספק את ההגדרות הנכונות.
error-smtp-tls = לא ניתן היה להקים חיבור מאובטח. יש לבדוק את הפורט ואת סוג האבטחה (465 עם TLS, 587 עם STARTTLS).
error-smtp-auth = השרת דחה את שם המשתמש או את הסיסמה. יש לבדוק את שניהם; יש ספקים שדורשים את הכתובת המלאה כשם משתמש.
error-smtp-auth-app-password = הספק דורש סיסמת אפליקציה: יש להפעיל אימות דו־שלבי בהגדרות האבטחה של החשבון, ליצור סיסמת אפליקציה ולהזין אותה כאן.
error-smtp-auth-disabled = הכניסה בסיסמה (SMTP AUTH) כבויה בחשבון הזה. יש לבקש מהמנהל לאפשר אותה, או להשתמש ב־OAuth2.
error-smtp-auth-oauth = הספק דחה את אסימון הכניסה של OAuth2; ייתכן שפג תוקפו או שאין לו הרשאה לדואר. יש להיכנס שוב אצל הספק.
error-smtp-sender = השרת דחה את כתובת השולח. יש להשתמש בכתובת החשבון שאיתו נכנסים, או בכתובת שהספק מתיר לשלוח ממנה.
error-smtp-done = החיבור עובד: השרת קיבל את הכניסה ואת כתובת השולח.
# Batch renewal.
error-renewal-invalid-phone = { $value } אינו מספר טלפון: יש להשתמש בספרות, + אופציונלי בהתחלה, רווחים או מקפים, 9 עד 15 ספרות.
error-renewal-forbidden-email = כתובת הדוא״ל של האישורים האלה שייכת לדומיין אסור; יש לתת כתובת חדשה לכל אחד: { $certificates }.
error-renewal-not-renewable = לא ניתן לחדש את האישור { $id } ({ $reason }).
error-renewal-start-after-expiry = האישור החדש עבור { $id } אינו יכול להתחיל ב-{ $date }, אחרי שתוקף הישן פג.
error-renewal-no-certificates = יש לבחור לפחות אישור אחד לחידוש.
error-renewal-run-not-found = אין חידוש מספר { $id }.
error-renewal-no-match = האישור שב-{ $path } אינו עונה לאף בקשת חידוש.
error-renewal-wrong-state = חידוש האישור { $id } נמצא בשלב „{ $state }”; שלב זה אינו אפשרי כעת.
error-renewal-delivery-unsupported = { $method } אינה דרך למסירת בקשות. יש להשתמש ב־export:FOLDER או ב־mail:ADDRESS.
error-renewal-run-busy = החידוש { $id } מתבצע כעת בחלון או בפקודה אחרים של SealDesk; יש להמתין לסיומו.
# מסמכי חידוש.
error-document-font = לא ניתן להשתמש בגופן המסמכים ({ $reason }); התקינו את SealDesk מחדש.
error-renewal-nothing-installed = אף תעודה חדשה של סבב החידוש { $id } עדיין לא הותקנה; יש לייבא תחילה את התעודות שהונפקו.
error-renewal-not-a-receipt = { $path } אינו אישור קבלה לבקשת החידוש של התעודה { $id }: הוא אינו מציין את הבקשה הזו.
error-renewal-receipt-duplicate = { $path } כבר יובא כאישור קבלה { $number }.
error-renewal-notification-format = { $value } אינו תבנית הודעה: יש להשתמש ב-pdf או ב-csv.
renewal-file-card = כרטיס הצטרפות
renewal-file-receipt1 = אישור קבלה 1
renewal-file-receipt2 = אישור קבלה 2
renewal-card = כרטיס הצטרפות
renewal-card-hint = כרטיס ההצטרפות להסכם עיבוד המידע של הגורם המאשר נחתם בתעודה הנוכחית של { $name }, שחייבת להיות עדיין בתוקף.
renewal-card-secret-kind = סוד המפתח הנוכחי
renewal-document-lang = שפת המסמך
renewal-card-sign = חתימה על כרטיס ההצטרפות
renewal-card-written = כרטיס ההצטרפות נחתם ונשמר בשם { $file }.
renewal-receipt-file = ייבוא קובץ אישור קבלה
renewal-receipt-file-title = אישור קבלה מהגורם המאשר
renewal-receipt-file-filter = אישורי קבלה
renewal-receipt-file-imported = אישור הקבלה יובא; מצב הבקשה כעת: { $state }.
renewal-notification = הודעה לרשות המסים
renewal-notification-hint = מפרטת את התעודות החדשות שהותקנו עם המנהל, מספר המס, המספר הסידורי, התוקף והמנפיק.
renewal-notification-format = תבנית
renewal-notification-export = ייצוא ההודעה…
renewal-notification-title = שמירת ההודעה
renewal-notification-written = הודעה על { $count } תעודות נשמרה בשם { $file }.

# Renewal screens.
renewal-tab-due = לחידוש
renewal-tab-history = היסטוריית הרצות
renewal-tab-prices = מחירים
renewal-within = פוקעים בתוך (ימים)
renewal-issuer = מנפיק
renewal-issuer-all = כל המנפיקים
renewal-search = חיפוש
renewal-count = מוצגים: { $shown } מתוך { $total }. נבחרו: { $selected }.
renewal-none = אין תעודה עם מפתח שפוקעת בתוך { $days } ימים.
renewal-col-choose = בחירה
renewal-col-holder = בעלים
renewal-col-issuer = מנפיק
renewal-col-email = דוא"ל
renewal-col-expires = פוקעת
renewal-col-start = תחילת התעודה החדשה
renewal-col-state = מצב
renewal-col-files = קבצים
renewal-col-actions = פעולות
renewal-actions-of = פעולות עבור { $name }
renewal-col-run = הרצה
renewal-col-date = תאריך
renewal-col-items = פריטים
renewal-choose-one = בחירת { $name }
renewal-select-all = בחירת כל המוצגים
renewal-in-run = בהרצה { $id }
renewal-days-left = נותרו { $days } ימים
renewal-days-ago = פקעה לפני { $days } ימים
renewal-renew-selected = חידוש הנבחרות ({ $count })
renewal-no-runs = עדיין אין הרצות חידוש.
renewal-open = פתיחה
renewal-wizard-title = חידוש תעודות: { $count }
renewal-step-details = פרטים
renewal-step-secrets = סיסמאות ומסירה
renewal-contact = איש קשר
renewal-phone = טלפון ליצירת קשר
renewal-expires = פוקעת ב־{ $date }
renewal-email-forbidden = רשות האישורים דוחה כתובות בדומיין הזה: יש לתת כתובת אחרת.
renewal-start-all = תאריך התחלה אחד לכולן (רשות)
renewal-start-hint = כברירת מחדל כל תעודה חדשה מתחילה 3 ימים לפני שהישנה פוקעת; לעולם לא אחריה.
renewal-term = תקופה
renewal-term-years = { $years ->
        [one] שנה אחת
        [two] שנתיים
       *[other] { $years } שנים
    }
renewal-algorithm = אלגוריתם המפתח
renewal-algorithm-same = כמו המפתח הישן
renewal-destination = לאן הולכים המפתחות החדשים
renewal-dest-folder = קובצי מפתח בתיקייה
renewal-dest-token = טוקן
renewal-key-dir = תיקייה למפתחות ולבקשות החדשים
renewal-choose = בחירה…
renewal-new-password = סיסמת קובצי המפתח החדשים
renewal-new-password2 = הסיסמה שוב
renewal-password-mismatch = הסיסמאות שונות.
renewal-token-label = תווית הטוקן
renewal-token-pin = PIN של הטוקן
renewal-back = חזרה
renewal-missing-contact = יש לציין איש קשר
renewal-missing-phone = יש להזין מספר טלפון תקין
renewal-missing-phrase = יש להקליד את אותו משפט פעמיים
renewal-missing-items = יש לתקן את כתובות הדוא״ל ותאריכי ההתחלה המסומנים
renewal-missing-key-dir = יש לבחור תיקייה למפתחות החדשים
renewal-missing-password = יש להקליד את סיסמת המפתחות החדשים פעמיים באופן זהה
renewal-missing-token = יש לציין את הטוקן ואת ה-PIN שלו
renewal-missing-delivery = יש לבחור תיקיית ייצוא או להזין את כתובת רשות האישורים
renewal-missing-old = יש להזין את הסיסמאות או קודי ה-PIN של המפתחות הישנים
renewal-old-intro = התעודות הישנות חותמות על הבקשות: יש לתת את הסיסמאות או ה־PIN שלהן.
renewal-old-shared = סיסמה אחת לכל המפתחות הישנים
renewal-old-secret = סיסמה או PIN של המפתחות הישנים
renewal-old-secret-of = סיסמה או PIN של { $name }
renewal-old-pin-of = PIN של { $name }
renewal-export-dir = תיקייה למעטפות הבקשות
renewal-deliver = איך הבקשות יגיעו לרשות המאשרת
renewal-deliver-export = לשמור אותן בתיקייה (להעלאה או לשליחה עצמית)
renewal-deliver-mail = לשלוח אותן לרשות המאשרת בדואר אלקטרוני דרך תיבת הדואר היוצא
renewal-ca-address = כתובת הרשות המאשרת לבקשות חידוש
renewal-ca-language = שפת המכתב
renewal-deliver-mail-hint = כל בקשה נכנסת פעם אחת לתיבת הדואר היוצא עם תבנית „בקשת חידוש”; התיבה שולחת אותה ומנסה שוב כשהשרת אינו זמין.
renewal-deliver-mail-to = הבקשות נשלחות בדואר אלקטרוני אל { $address }.
renewal-file-mailed = נשלח בדואר אלקטרוני אל
renewal-mail-state-queued = ממתין בתיבת הדואר היוצא
renewal-mail-state-sending = בשליחה
renewal-mail-state-sent = נשלח
renewal-mail-state-failed = לא נשלח: ראו את תיבת הדואר היוצא
renewal-mail-state-cancelled = בוטל בתיבת הדואר היוצא
renewal-export-hint = יש להעלות את המעטפות מהתיקייה הזו לרשות האישורים או לשלוח אותן ידנית.
renewal-start = התחלה
renewal-run-title = הרצת חידוש { $id }
renewal-run-summary = תוכננה ב־{ $date } · איש קשר { $contact }, { $phone } · { $years ->
        [one] שנה אחת
        [two] שנתיים
       *[other] { $years } שנים
    }
renewal-progress = יצירת בקשות
renewal-stop = עצירה אחרי התעודה הזו
renewal-file-key = מפתח חדש
renewal-file-envelope = מעטפה
renewal-file-sent = יוצא אל
renewal-show = הצגה בתיקייה
renewal-receipt1 = התקבל אישור 1
renewal-receipt2 = התקבל אישור סופי
renewal-retry = ניסיון חוזר לנכשלות ({ $count })
renewal-retry-title = ניסיון חוזר לתעודות שנכשלו
renewal-new-secret = סיסמת קובצי המפתח החדשים (או PIN של הטוקן)
renewal-cancel-retry = ביטול
renewal-import = ייבוא תעודות שהונפקו
renewal-import-hint = קבצים מרשות האישורים עם התעודות החדשות (PEM או DER); כל אחד מותאם לבקשה שלו.
renewal-import-path = נתיב קובץ תעודה
renewal-import-go = ייבוא
renewal-import-title = תעודות שהונפקו
renewal-import-filter = תעודות
renewal-imported = תעודות שהותקנו: { $count }.
renewal-state-planned = מתוכנן
renewal-state-formed = נוצר
renewal-state-sent = נשלח
renewal-state-exported = יוצא
renewal-state-mailed = נשלח בדוא״ל
renewal-state-receipt1 = אישור 1
renewal-state-receipt2 = אישור סופי
renewal-state-issued = הונפק
renewal-state-installed = הותקן
renewal-state-failed = נכשל
renewal-state-cancelled = בוטל
renewal-col-price = מחיר
renewal-no-price = לא הוגדר מחיר
renewal-total = סה״כ: { $amount }
renewal-unpriced = ללא מחיר: { $count }
renewal-prices-title = מחירון החידושים
renewal-prices-hint = כמה גובה כל רשות אישורים על חידוש אישור; האשף מסכם הרצה לפי מחירים אלה. יש לכתוב את שם הרשות כפי שהאישורים שלה מציינים את המנפיק.
renewal-prices-none = עדיין אין מחיר.
renewal-price-set-title = קביעת מחיר
renewal-price-ca = רשות אישורים (מנפיקת האישורים)
renewal-price-amount = סכום
renewal-price-currency = מטבע
renewal-price-currency-hint = שלוש אותיות, כמו UAH,‏ PLN,‏ EUR או ILS.
renewal-price-save = שמירת המחיר
renewal-price-saved = המחיר נשמר: { $ca }, { $term }, { $amount }.
renewal-price-remove = הסרה
renewal-price-remove-of = הסרת המחיר של { $ca } עבור { $term }
renewal-price-removed = המחיר הוסר: { $ca }, { $term }.
renewal-phrase = ביטוי לחסימה בטלפון (רשות)
renewal-phrase2 = הביטוי שוב
renewal-phrase-hint = נשמר רק במאגר האישורים של המערכת ולא מוצג שוב אלא אם תבקשו.
renewal-phrase-mismatch = הביטויים שונים.
renewal-phrase-stored = הביטוי לחסימה בטלפון נשמר במאגר האישורים של המערכת.
renewal-cancel-rest = ביטול השאר
renewal-cancel-item = ביטול
renewal-phrase-show = הצגת הביטוי לחסימה בטלפון
renewal-phrase-hide = הסתרת הביטוי
# Batch renewal: price list, phrase, cancelling.
error-renewal-amount-required = יש להקליד את הסכום, כמו 1234.50.
error-renewal-price-ca-required = יש לציין את רשות האישורים שהמחיר מתייחס אליה.
error-renewal-invalid-amount = { $value } אינו סכום: יש לכתוב כמו 1234.50.
error-renewal-invalid-currency = { $value } אינו קוד מטבע: יש להשתמש בשלוש אותיות כמו UAH, PLN, EUR, ILS.
error-renewal-price-not-found = אין מחיר עבור { $ca } לתקופה של { $term_years } שנים.
error-renewal-phrase-missing = ביטוי החסימה הטלפונית של החידוש { $id } אינו נמצא במאגר האישורים.
error-renewal-item-not-found = האישור { $id } אינו חלק מהחידוש { $run }.
error-portal-contractor-not-found = אין בחברה זו לקוח עסקי { $code }.
error-portal-contractor-code-taken = לחברה זו כבר יש לקוח עסקי עם הקוד { $code }.
error-portal-user-not-found = אין בחברה זו משתמש פורטל { $id }.
error-portal-missing = { $field ->
        [code] הקוד חסר
        [login] שם המשתמש חסר
        [email] כתובת הדוא״ל חסרה
       *[other] השם חסר
    }.
error-portal-invalid-email = { $value } אינה כתובת דוא״ל.
error-portal-unknown-language = { $value } אינה שפה ש-SealDesk כותבת בה (en, pl, he, it, ru, uk).
error-portal-duplicate-login = ללקוח העסקי { $contractor } כבר יש את שם המשתמש { $login }.
error-portal-bad-header = השורה הראשונה חייבת להיות הכותרת { $expected }.
error-portal-wrong-field-count = בשורה { $found } שדות במקום { $expected }.
error-portal-import-refused = שורות שגויות בקובץ: { $count }; דבר לא יובא.
error-portal-not-csv = הקובץ אינו טקסט CSV בקידוד UTF-8.
error-portal-interrupted = ההרצה נקטעה לאחר שנשלח האישור של משתמש הפורטל { $id }, ולכן הסיסמה שלו אבדה. שלחו למשתמש זה אישור חדש.
error-quota-reached = הגעתם למספר המרבי של אישורים פעילים: { $active } פעילים, מכסה { $quota }, נדרשים עוד { $wanted }. לא הונפק דבר.
warning-renewal-start-close-to-expiry = האישור החדש עבור { $id } מתחיל ב-{ $date }, פחות מיומיים לפני שהישן פג ב-{ $expiry }; ייתכן שרשות המסים לא תקבל הודעה בזמן.
# דואר: הגדרות שרת יוצא ובדיקת החיבור.
mail-settings-title = שרת דואר יוצא
mail-not-configured = עדיין לא הוגדר שרת דואר יוצא. הגדירו אותו כדי לשלוח מסמכים חתומים בדוא״ל.
mail-set-up = הגדרה
mail-change = שינוי
mail-saved = שרת הדואר היוצא נשמר.
mail-wizard-title = דואר יוצא
mail-save = שמירה
mail-step-sender-title = שולח ושרת
mail-step-login-title = כניסה
mail-step-test-title = בדיקה ושמירה
mail-from-address = כתובת השולח
mail-from-name = שם השולח
mail-provider-detected = נמצאו הגדרות של { $name } עבור כתובת זו:
mail-provider-unknown = ספק זה אינו בטבלה: הזינו את הגדרות השרת שלו.
mail-server-source = שרת
mail-use-detected = שימוש בהגדרות אלה
mail-manual = הזנת השרת ידנית
mail-host = שרת
mail-port = פורט
mail-security = אבטחה
mail-security-tls = TLS (מוצפן מההתחלה)
mail-security-starttls = STARTTLS (הצפנה נדרשת)
mail-security-none = ללא (לא מוצפן)
mail-auth = שיטת כניסה
mail-auth-plain = שם משתמש וסיסמה (רגיל)
mail-auth-login = שם משתמש וסיסמה (שיטה ישנה יותר)
mail-auth-xoauth2 = אסימון OAuth2
mail-auth-none = ללא כניסה
mail-plain-warning = ללא הצפנה הסיסמה וכל הודעה עוברות כטקסט גלוי: כל מי שברשת יכול לקרוא אותן. השתמשו בכך רק עבור ממסר בתוך הרשת שלכם.
mail-plain-confirm = הבנתי ואני רוצה חיבור לא מוצפן
mail-user = שם משתמש
mail-password = סיסמה
mail-token = אסימון OAuth2
mail-password-hint = נשמרת רק במאגר הסיסמאות של המערכת, לעולם לא בקבצי SealDesk.
mail-password-saved-keep = סיסמה שמורה עבור כניסה זו; השאירו את השדה ריק כדי לשמור עליה.
mail-password-saved = שמורה במאגר הסיסמאות של המערכת
mail-password-missing = לא נמצאה במאגר הסיסמאות של המערכת: הזינו אותה שוב
mail-no-login = שרת זה אינו דורש כניסה.
mail-bcc-self = שליחת עותק מוסתר של כל הודעה אליי
mail-eml-dir = תיקייה לעותקים של הודעות שנשלחו (‎.eml)
mail-eml-dir-hint = רשות: כל הודעה שנשלחה נשמרת גם שם.
mail-ca-file = תעודת CA נוספת לשרת זה (PEM)
mail-ca-file-hint = רק כאשר מחלקת ה־IT מפעילה רשות אישורים משלה.
mail-test-hint = הבדיקה מתחברת, נכנסת ומציגה את כתובת השולח בלי לשלוח דבר.
mail-test-detail = פרטים טכניים (לתמיכה)
mail-test-failed-warning = הבדיקה נכשלה: עם ההגדרות האלה SealDesk כנראה לא יוכל לשלוח דואר. תקנו אותן ובדקו שוב, או שמרו אותן בכל זאת אם השרת אינו נגיש מכאן כרגע.
mail-save-failed-confirm = לשמור את ההגדרות האלה למרות שהבדיקה נכשלה
mail-test = בדיקת חיבור
mail-testing = בודק…
mail-step-dns = שלב: איתור השרת
mail-step-connect = שלב: התחברות
mail-step-tls = שלב: חיבור מאובטח
mail-step-auth = שלב: כניסה
mail-step-sender = שלב: כתובת השולח
mail-step-done = כל השלבים עברו בהצלחה
validation-mail-host-required = הזינו את שם השרת או בחרו בהגדרות שזוהו.
validation-mail-plain-confirm = אשרו את החיבור הלא מוצפן, או בחרו TLS או STARTTLS.
validation-mail-test-failed-confirm = בדיקת החיבור נכשלה. תקנו את ההגדרות ובדקו שוב, או אשרו שברצונכם לשמור אותן בכל זאת.
validation-mail-user-required = הזינו שם משתמש.
validation-mail-password-required = הזינו סיסמה.
mail-note-app-password = נדרשת סיסמת אפליקציה: הפעילו אימות דו־שלבי ואז צרו אותה בהגדרות האבטחה של החשבון.
mail-note-oauth-only = מקבל רק כניסה ב־OAuth2; סיסמה רגילה נדחית.
mail-note-tenant-may-disable-smtp-auth = ייתכן שמנהל הארגון כיבה כניסת SMTP (השרת עונה 535 5.7.139).
mail-note-enable-mail-programs = יש להפעיל תחילה גישה לתוכנות דואר בהגדרות הדואר באתר.
mail-note-login-local-part = שם הכניסה הוא החלק של הכתובת שלפני ה־@.
mail-note-login-user-id = שם הכניסה הוא מזהה המשתמש שנתן הספק, לא הכתובת.
mail-note-bridge-only = Proton Mail שולח רק דרך Proton Mail Bridge הפועל במחשב זה (תוכניות בתשלום); השתמשו בשרת, בפורט ובסיסמה ש־Bridge מציג.
mail-note-pec-bcc-refused = דואר מאושר (PEC): הודעות עם נמענים מוסתרים נדחות; אישורי ה־PEC הם ההוכחה לשליחה.
mail-note-pec-mail-program-password = בכניסה דו־שלבית נדרשת סיסמה נפרדת לתוכנות דואר; היא פגה כל 3 חודשים.
mail-note-rate-limited = הספק מגביל את מספר ההודעות שניתן לשלוח בדקה.
mail-note-no-automated-sending = החוזה אוסר שליחה אוטומטית ללא פעולה ישירה של המשתמש.
mail-note-isp-relay-only = ממסר ישן של ספק האינטרנט: פועל רק מתוך הרשת שלו, ללא הצפנה. אין הגדרות רשמיות עדכניות ידועות; פנו לספק.
mail-note-server-is-domain = שם השרת הוא שרת הדואר של הדומיין שלכם, כפי שמוצג בלוח הבקרה של האחסון.

## Mail templates, outbox and sending a document by e-mail
tpl-title = תבניות הודעה
tpl-intro = נוסח ההודעות ש־SealDesk שולח, לפי סוג ושפה. שדות בסוגריים מסולסלים ממולאים בכל הודעה.
tpl-kind = הודעה
tpl-kind-signed-document = מסמך חתום
tpl-kind-portal-certificate = קובץ תעודה לפורטל
tpl-kind-portal-password = סיסמת תעודת הפורטל
tpl-kind-renewal-request = בקשת חידוש
tpl-language = שפה
tpl-customized = בשימוש הנוסח שלך.
tpl-default = בשימוש נוסח ברירת המחדל.
tpl-placeholders = שדות (לחיצה מוסיפה במקום הסמן)
tpl-insert = הוספת { $name }
tpl-subject = נושא
tpl-text = טקסט
tpl-html = HTML (לא חובה)
tpl-html-hint = השאירו ריק כדי ליצור את ה־HTML מהטקסט.
tpl-preview = תצוגה מקדימה
tpl-preview-title = תצוגה מקדימה עם ערכים לדוגמה
tpl-save = שמירת התבנית
tpl-reset = חזרה לברירת המחדל
tpl-saved = התבנית נשמרה.
tpl-reset-done = נוסח ברירת המחדל הוחזר.
outbox-title = דואר יוצא
outbox-refresh = רענון
outbox-send-now = שליחה עכשיו
outbox-sending = שולח…
outbox-empty = תיבת הדואר היוצא ריקה.
outbox-col-to = נמענים
outbox-col-subject = נושא
outbox-col-state = מצב
outbox-col-attempts = ניסיונות
outbox-col-next = הניסיון הבא / נשלח
outbox-col-actions = פעולות
outbox-state-queued = ממתינה
outbox-state-sending = נשלחת
outbox-state-sent = נשלחה
outbox-state-failed = נכשלה
outbox-state-cancelled = בוטלה
outbox-retry = ניסיון חוזר
outbox-cancel = ביטול
outbox-cancel-confirm = לבטל את שליחת „{ $subject }”? ההודעה לא תישלח, ואי אפשר להחזיר אותה לתור.
outbox-cancel-yes = ביטול השליחה
outbox-send-now-due = { $count ->
    [one] שולח הודעה אחת עכשיו.
   *[other] שולח { $count } הודעות עכשיו.
}
outbox-send-now-none-due = אין כרגע הודעה שמועד שליחתה הגיע. ההודעה הבאה תישלח ב־{ $at }.
outbox-send-now-nothing = אין הודעות שממתינות לשליחה.
send-title = שליחת { $name } בדואר אלקטרוני
send-intro = הקובץ ייחתם בתעודה { $signer } ויועבר לתיבת הדואר היוצא.
send-to = כתובת הדואר האלקטרוני של הנמען
send-to-hint = אפשר להפריד בין כמה כתובות בפסיקים או בנקודה ופסיק.
send-name = שם הנמען
send-language = שפת ההודעה
send-smime = לחתום גם על ההודעה עצמה (S/MIME)
send-large-warning = קובץ זה יוצר הודעה גדולה ממה ששרתי דואר רבים מקבלים; ייתכן שהנמען לא יקבל אותה.
send-large-confirm = לשלוח בכל זאת
send-submit = חתימה ושליחה
send-busy = חותם…
validation-send-to-required = הזינו את כתובת הדואר האלקטרוני של הנמען.
validation-send-name-required = הזינו את שם הנמען.
docs-send = שליחה בדואר אלקטרוני
docs-sent = { $name } נחתם וממתין בתיבת הדואר היוצא.
docs-open-outbox = פתיחת הדואר היוצא
send-intro-signed = המסמך שנחתם בתעודה { $signer } יועבר לתיבת הדואר היוצא; המפתח נדרש שוב רק כדי לחתום על ההודעה עצמה.
send-submit-signed = שליחה
send-existing-legend = מה לשלוח
send-existing-this = { $name } כבר קיים: זהו המסמך הזה, חתום באישור של { $signer }.
send-existing-reuse = לשלוח את העותק החתום הזה כפי שהוא
send-existing-again = לחתום שוב לקובץ חדש
send-existing-other = { $name } כבר קיים, אך אינו המסמך הזה חתום באישור של { $signer }. הוא נשאר כפי שהוא; העותק החתום החדש יקבל שם אחר.
send-output-name = שם הקובץ של העותק החתום החדש
send-output-name-hint = הוא נשמר באותה תיקייה שבה נמצא המסמך.
audit-mail-queued = הודעה { $id } נוספה לתור
audit-mail-sent = הודעה { $id } נשלחה
audit-mail-retry = הודעה { $id } הוחזרה לשליחה
audit-mail-cancelled = הודעה { $id } בוטלה
audit-mail-deferred = הודעה { $id } עדיין לא נשלחה (ניסיון { $attempts })
audit-mail-failed = שליחת הודעה { $id } נכשלה (ניסיון { $attempts })
audit-mail-outcome-unknown = הודעה { $id }: השליחה נקטעה
audit-mail-template-saved = התבנית { $kind } ({ $language }) נשמרה
audit-mail-template-reset = התבנית { $kind } ({ $language }) הוחזרה לברירת המחדל
