# Інтерфейс SealDesk, українська мова.

app-name = SealDesk
app-tagline = Сертифікати для підпису, печатка компанії та підписана пошта на одному робочому місці

## Мови (кожна записана своєю мовою)

language-en = English
language-pl = Polski
language-he = עברית
language-it = Italiano
language-ru = Русский
language-uk = Українська

## Спільні дії

action-back = Назад
action-next = Далі
action-cancel = Скасувати
action-dismiss = Ні, повернутися
action-continue = Продовжити
action-close = Закрити
action-retry = Повторити
action-lock = Заблокувати
action-print = Друк
action-save = Зберегти

## Навігація

nav-label = Головне меню
nav-identities = Профілі підпису
nav-seal = Печатка і сертифікати
nav-verify = Перевірка
nav-documents = Документи
nav-mail = Пошта
nav-renewal = Поновлення
nav-companies = Компанії
nav-portal = Користувачі порталу
nav-settings = Налаштування
shell-signed-in = Вхід виконано
shell-actor-administrator = { $name }, адміністратор
shell-actor-operator = { $name } ({ $login })
shell-company = Компанія

## Компанії та оператори

companies-title = Компанії
companies-intro = Кожна компанія має власні печатки, сертифікати, налаштування пошти та історію. Її оператори бачать лише цю компанію. Іншу компанію відкривають на бічній панелі.
companies-intro-operator = Ви працюєте лише з цією компанією.
companies-col-code = Код
companies-col-name = Назва
companies-col-country = Країна
companies-col-quota = Ліміт
companies-col-active = Активні сертифікати
companies-col-actions = Дії
companies-quota-none = без ліміту
companies-open = відкрита зараз
companies-add = Додати компанію
companies-edit = Змінити
companies-edit-of = Змінити { $name }
company-dialog-add-title = Нова компанія
company-dialog-edit-title = Компанія { $code }
company-name = Назва
company-code = Код
company-code-hint = Від 1 до 32 латинських літер, цифр, «-» або «_». Портал читає його із сертифікатів, тому згодом його змінити не можна.
company-code-fixed = Код змінити не можна: його записано в сертифікатах компанії.
company-country = Країна (дві літери)
company-business-id = Ідентифікатор компанії
company-business-id-hint = Необов’язково. Перевіряється за правилами країни просто під час введення.
company-business-id-valid = Правильно. У сертифікатах: { $value }
company-language = Мова листів і документів компанії
company-language-none = Не задано
company-quota = Ліміт активних сертифікатів
company-quota-hint = Залиште порожнім, щоб не обмежувати. Враховуються лише активні сертифікати.
company-cert-folder = Тека для копій виданих сертифікатів
company-cert-folder-hint = Необов’язково. Сюди кладеться копія кожного файлу PKCS#12, виданого для цієї компанії.
company-monthly-folders = Копії у вкладеній теці на кожен місяць (РРРР-ММ)
company-publication-url = Адреса публікації
company-publication-url-hint = Необов’язково. Там публікуються сертифікат печатки та список відкликаних сертифікатів.
company-create = Додати компанію
company-save = Зберегти
company-created = Компанію { $code } ({ $name }) додано. Відкрийте її на бічній панелі, щоб додати операторів.
company-saved = Компанію { $code } ({ $name }) збережено.
validation-quota-number = Введіть ліміт цілим числом або залиште поле порожнім, щоб не обмежувати.
operators-title = Оператори компанії { $company }
operators-intro = Оператор входить зі своїм логіном і паролем і працює лише з цією компанією. Адміністратор входить як «admin».
operators-none = Ця компанія ще не має операторів.
operators-col-login = Логін
operators-col-name = Ім’я
operators-col-state = Стан
operator-active = Активний
operator-disabled = Вимкнений
operators-add = Додати оператора
operator-dialog-title = Новий оператор компанії { $company }
operator-login = Логін
operator-login-hint = Літери, цифри, «.», «-», «_» або «@».
operator-name = Повне ім’я
operator-password = Пароль
operator-password-confirm = Повторіть пароль
operator-add = Додати оператора
operator-added = Оператора { $login } ({ $name }) додано. Він входить із цим логіном і паролем.

portal-title = Користувачі порталу підрядників
portal-intro = Працівники підрядників, які отримують сертифікат поштою. Пошук іде за логіном, ім’ям, e-mail і кодом підрядника.
portal-search = Пошук
portal-without-certificate = Лише користувачі без чинного сертифіката
portal-none = Користувачів порталу ще немає. Додайте підрядника, потім його користувачів, або імпортуйте їх із файлу CSV.
portal-none-found = Жоден користувач порталу не підходить.
portal-col-contractor = Підрядник
portal-col-login = Логін
portal-col-name = Ім’я
portal-col-email = E-mail
portal-col-lang = Мова
portal-col-certificate = Сертифікат
portal-col-state = Стан
portal-col-actions = Дії
portal-cert-none = Ще немає
portal-cert-other = Нечинний
portal-user-disabled = Вимкнено
portal-user-add = Додати користувача
portal-user-add-title = Новий користувач порталу
portal-user-edit-title = Користувач порталу { $login }
portal-user-edit-of = Змінити { $login }
portal-user-save = Зберегти
portal-user-added = Користувача порталу { $login } додано.
portal-user-saved = Користувача порталу { $login } збережено.
portal-user-disable = Вимкнути
portal-user-enable = Увімкнути
portal-user-disabled-done = Користувача порталу { $login } вимкнено: новий сертифікат йому не видається.
portal-user-enabled-done = Користувача порталу { $login } знову ввімкнено.
contractor-add = Додати підрядника
contractor-dialog-title = Новий підрядник
contractor-code = Код
contractor-name = Назва
contractor-business-id = ЄДРПОУ (необов’язково)
contractor-email = E-mail (необов’язково)
contractor-added = Підрядника { $code } ({ $name }) додано.
portal-import-title = Імпорт із файлу CSV
portal-import-intro = Перший рядок називає стовпці: код підрядника, назва підрядника, логін, ім’я, e-mail, мова. Наявного користувача буде оновлено. Якщо хоч один рядок хибний, нічого не імпортується, а кожен хибний рядок буде показано.
portal-import-file = Файл CSV
portal-import = Імпорт CSV…
portal-import-done = Імпортовано: нових { $created }, оновлено { $updated }, без змін { $unchanged }.
portal-import-line = рядок { $line }: { $problem }

## Майстер

wizard-step-of = Крок { $current } з { $total }
wizard-steps-label = Перебіг майстра
wizard-summary = Перевірте перед завершенням
wizard-working = Виконується…
wizard-missing-title = Щоб продовжити:

## Перший запуск

setup-title = Ласкаво просимо до SealDesk
setup-intro = Цей комп'ютер зберігатиме ваші ключі та сертифікати. Спершу оберіть мову і створіть локального адміністратора, який розблоковує SealDesk.
setup-step-language = Мова
setup-step-admin = Адміністратор
setup-step-summary = Підсумок
setup-language-label = Мова SealDesk
setup-language-hint = Її можна змінити пізніше в налаштуваннях.
setup-admin-name = Ваше ім'я
setup-admin-password = Пароль
setup-admin-password-confirm = Повторіть пароль
setup-admin-password-rule = Щонайменше { $min } символів. Цей пароль розблоковує SealDesk на цьому комп'ютері.
setup-finish = Створити адміністратора
setup-summary-name = Адміністратор
setup-summary-language = Мова
setup-summary-password = Пароль
setup-summary-password-value = Задано, надійність: { $strength }
setup-summary-recovery = Після завершення SealDesk один раз покаже код відновлення. Це єдиний спосіб увійти, якщо ви забудете пароль.

validation-name-required = Введіть ваше ім'я.
validation-password-short = Пароль має містити щонайменше { $min } символів.
validation-password-mismatch = Паролі не збігаються.
validation-day-invalid = Це не дата. Напишіть її так: { $example }.
day-input-placeholder = ДД.ММ.РРРР

## Надійність пароля

password-show = Показати пароль
strength-label = Надійність
strength-0 = Дуже слабкий
strength-1 = Слабкий
strength-2 = Середній
strength-3 = Надійний
strength-4 = Дуже надійний
strength-hint-common = Це поширений пароль; оберіть те, що спаде на думку лише вам.
strength-hint-pattern = Ряди клавіш, повтори й послідовності легко вгадати.
strength-hint-dates = Дати й роки легко вгадати.
strength-hint-word = Окремі слова та імена легко вгадати; додайте ще кілька не пов'язаних слів.
strength-hint-short = Використайте довший пароль, наприклад кілька не пов'язаних слів.
strength-weak-warning = Цей пароль слабкий. Його можна використати, але надійніший краще захистить ваші ключі.

## Код відновлення

recovery-title = Ваш код відновлення
recovery-intro = Запишіть або роздрукуйте цей код і зберігайте його окремо від цього комп'ютера. SealDesk показує його лише зараз.
recovery-code-label = Код відновлення
recovery-confirm = Я записав(-ла) код відновлення
recovery-enter-code = Код відновлення
recovery-new-password = Новий пароль
recovery-submit = Задати новий пароль
recovery-back-to-unlock = Повернутися до розблокування

## Розблокування

unlock-title = SealDesk заблоковано
unlock-greeting = З поверненням, { $name }.
unlock-login = Логін
unlock-password = Пароль
unlock-submit = Розблокувати
unlock-forgot = Забули пароль?
unlock-locked-idle = SealDesk заблокувався після { $minutes ->
    [one] { $minutes } хвилини
    [few] { $minutes } хвилин
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
} бездіяльності.
forgot-title = Скидання пароля
forgot-intro = Введіть код відновлення, записаний під час налаштування SealDesk, і задайте новий пароль.

## Налаштування

settings-title = Налаштування
settings-language = Мова
settings-language-hint = Інтерфейс змінюється одразу. Дати й числа відповідають мові.
settings-security = Безпека
settings-idle-lock = Блокувати після стількох хвилин бездіяльності
settings-idle-lock-saved = Збережено. SealDesk заблокується після { $minutes ->
    [one] { $minutes } хвилини
    [few] { $minutes } хвилин
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
} бездіяльності.
settings-backup = Резервна копія
settings-backup-intro = Створює узгоджену копію даних SealDesk у теці резервних копій, поки ви продовжуєте працювати.
settings-backup-start = Створити копію зараз
settings-backup-done = Резервну копію збережено: { $path }
settings-backup-folder = Тека для резервної копії
settings-backup-folder-hint = Наприклад, флешка або мережева тека. Якщо поле порожнє, копія зберігається в теку резервних копій усередині теки даних.
settings-restore = Відновлення з копії
settings-restore-intro = Замінює всі дані SealDesk резервною копією, зробленою раніше.
settings-restore-file = Файл резервної копії
settings-restore-file-required = Виберіть файл резервної копії для відновлення.
settings-restore-start = Відновити…
settings-restore-confirm = Замінити поточні дані копією { $path }? Спершу поточні дані зберігаються в теку резервних копій, тож нічого не втрачається. Потім SealDesk блокується: розблокуйте його паролем адміністратора з копії.
settings-restore-yes = Відновити копію
settings-about = Про програму
settings-version = Версія
settings-data-dir = Тека даних
settings-schema = Версія схеми даних
settings-activity = Останні дії
settings-activity-empty = Поки що нічого не записано.
settings-activity-when = Коли
settings-activity-who = Хто
settings-activity-what = Що

progress-label = Перебіг
progress-count = { $done } з { $total }
progress-cancelled = Скасовано.

## Дії в журналі

audit-admin-created = Створено адміністратора
audit-admin-unlocked = Розблоковано
audit-admin-unlock-failed = Введено неправильний пароль
audit-admin-recovered = Пароль скинуто кодом відновлення
audit-admin-recovery-failed = Введено неправильний код відновлення
audit-company-created = Додано компанію { $code }: { $name }
audit-company-updated = Змінено дані компанії: { $name }
audit-operator-added = Додано оператора { $login }: { $name }
audit-operator-signed-in = Виконано вхід
audit-operator-sign-in-failed = Введено неправильний пароль
audit-settings-changed = { $key ->
    [idle_lock_minutes] Блокування після бездіяльності: через { $value } хв
    [language] Мову змінено ({ $value })
    [pkcs11_module] Вибрано драйвер токена: { $value }
    [first_steps_hidden] { $value ->
        [true] Підказку «Перші кроки» приховано
       *[other] Підказку «Перші кроки» знову показано
    }
   *[other] Змінено налаштування
}
audit-store-backed-up = Створено резервну копію даних
audit-store-restored = Дані відновлено з резервної копії { $path }
audit-key-generated = Створено ключ: { $algorithm }, { $location }
audit-seal-created = Створено печатку компанії { $id }: { $organization }, { $years ->
        [one] { $years } рік
        [few] { $years } роки
        [many] { $years } років
       *[other] { $years } року
    }
audit-seal-revoked = Печатку компанії { $id } відкликано
audit-seal-crl-published = Опубліковано список відкликання № { $number } печатки { $id }
audit-cert-issued = Печатка { $seal } видала сертифікат { $id } ({ $profile })
audit-cert-revoked = Сертифікат { $id } відкликано ({ $reason })
audit-cert-imported = Сертифікати імпортовано
audit-cert-exported-with-key = Сертифікат { $id } експортовано разом із закритим ключем (PKCS#12, { $profile })
audit-document-signed = Документ { $file } підписано сертифікатом { $certificate }
audit-cert-state-changed = Стан сертифіката { $id }: { $state }
audit-cert-trusted = Сертифікат { $id } позначено як довірений
audit-cert-untrusted = Сертифікат { $id } більше не довірений
audit-identity-registered = Зареєстровано профіль підпису { $id }: { $signer_name }, { $business_name } ({ $identifier })
audit-identity-selected = Профіль підпису { $id } вибрано для підпису
audit-identity-certificate-attached = Сертифікат { $certificate } додано до профілю підпису { $id }
audit-identity-removed = Профіль підпису { $id } ({ $signer }) видалено; його ключ і сертифікат збережено
audit-renewal-planned = Заплановано поновлення № { $run }
audit-renewal-formed = Підготовлено запит на поновлення сертифіката { $certificate }
audit-renewal-sent = Надіслано запит на поновлення сертифіката { $certificate }
audit-renewal-receipt = Записано підтвердження № { $receipt } поновлення сертифіката { $certificate }
audit-renewal-card = Підписано картку приєднання для поновлення сертифіката { $certificate }
audit-renewal-installed = Поновлений сертифікат { $new_certificate } встановлено замість сертифіката { $certificate }
audit-renewal-cancelled = Поновлення сертифіката { $certificate } скасовано
audit-renewal-notification = Записано повідомлення про поновлення № { $run } ({ $certificates ->
        [one] { $certificates } сертифікат
        [few] { $certificates } сертифікати
       *[other] { $certificates } сертифікатів
    })
audit-renewal-price-set = Задано ціну поновлення: { $ca }, { $term_years ->
        [one] { $term_years } рік
        [few] { $term_years } роки
       *[other] { $term_years } років
    }
audit-renewal-price-removed = Видалено ціну поновлення: { $ca }, { $term_years ->
        [one] { $term_years } рік
        [few] { $term_years } роки
       *[other] { $term_years } років
    }
audit-contractor-added = Додано контрагента { $code }
audit-portal-user-added = Додано користувача порталу { $login } контрагента { $contractor }
audit-portal-user-changed = Змінено користувача порталу { $id }
audit-portal-user-disabled = Вимкнено користувача порталу { $id }
audit-portal-user-enabled = Знову ввімкнено користувача порталу { $id }
audit-portal-user-imported = Імпортовано користувачів порталу: додано { $created }, змінено { $updated }, без змін { $unchanged }
audit-portal-certificate-sent = Сертифікат порталу { $certificate } надіслано користувачеві порталу { $user }
audit-unknown = Записано іншу дію
audit-actor-administrator = Адміністратор

## Печатка та сертифікати

pki-tab-seals = Печатка компанії
pki-tab-certificates = Сертифікати
pki-loading = Завантаження…
pki-saved-to = Збережено: { $path }
action-copy = Копіювати
copy-done = Скопійовано.
copy-failed = Не вдалося скопіювати. Виділіть текст і скопіюйте його вручну.
file-choose = Вибрати…

## Позначки стану та строк дії

badge-current = Поточна
badge-valid = Чинний
badge-expiring = Скоро спливає
badge-expired = Сплив
badge-revoked = Відкликаний
badge-superseded = Замінений
badge-not-yet-valid = Ще не чинний
badge-seal-superseded = Замінена
badge-seal-expired = Спливла
badge-seal-revoked = Відкликана
badge-seal-not-yet-valid = Ще не чинна
badge-invalid = { $reason ->
    [seal-revoked] Нечинний: печатку відкликано
    [seal-not-yet-valid] Нечинний: печатка ще не чинна
   *[seal-expired] Нечинний: строк печатки сплив
}
days-left = { $days ->
    [0] спливає сьогодні
    [one] залишився { $days } день
    [few] залишилося { $days } дні
    [many] залишилося { $days } днів
   *[other] залишилося { $days } дня
}
days-ago = { $days ->
    [0] сплив сьогодні
    [one] сплив { $days } день тому
    [few] сплив { $days } дні тому
    [many] сплив { $days } днів тому
   *[other] сплив { $days } дня тому
}

## Історія печаток

seal-title = Печатка компанії
seal-intro = Печатка — це власний центр сертифікації компанії. Вона видає сертифікати для підпису та для користувачів порталу; коли строк її дії спливає або її відкликають, усі видані нею сертифікати стають нечинними.
seal-none = У компанії ще немає печатки.
seal-new = Нова печатка
seal-history = Історія печаток
seal-col-organization = Організація
seal-col-status = Стан
seal-col-valid-until = Чинна до
seal-col-actions = Дії
seal-export-pem = Експорт PEM
seal-export-der = Експорт DER
seal-export-title = Зберегти сертифікат печатки
seal-revoke = Відкликати
seal-revoke-confirm = Відкликати печатку { $id } компанії { $organization }? Усі видані нею сертифікати одразу стануть нечинними. Цю дію не можна скасувати.
seal-revoke-yes = Відкликати печатку
seal-revoked = Печатку { $id } відкликано. Видані нею сертифікати більше не чинні.
seal-created = Створено печатку { $id } для { $organization }.
seal-expiring-warning = { $days ->
    [0] Строк поточної печатки спливає сьогодні. Створіть нову печатку: видані нею сертифікати стають нечинними, коли спливає її строк.
    [one] Строк поточної печатки спливає через { $days } день. Створіть нову печатку вчасно: видані нею сертифікати стають нечинними, коли спливає її строк.
    [few] Строк поточної печатки спливає через { $days } дні. Створіть нову печатку вчасно: видані нею сертифікати стають нечинними, коли спливає її строк.
   *[other] Строк поточної печатки спливає через { $days } днів. Створіть нову печатку вчасно: видані нею сертифікати стають нечинними, коли спливає її строк.
}

## Майстер нової печатки

seal-wizard-title = Нова печатка компанії
seal-step-key = Ключ
seal-step-organization = Організація
seal-step-validity = Строк дії
seal-step-summary = Підсумок
seal-finish = Створити печатку
key-mode = Звідки береться ключ
key-mode-new-file = Створити новий файл ключа
key-mode-new = Створити новий ключ
key-mode-existing = Використати ключ, зареєстрований у SealDesk
key-algorithm = Алгоритм ключа
key-algorithm-ec-p256 = EC P-256 (рекомендовано)
key-algorithm-ec-p384 = EC P-384
key-algorithm-rsa-2048 = RSA 2048 (лише якщо цього вимагає політика ЦС)
key-algorithm-rsa-3072 = RSA 3072
key-algorithm-rsa-4096 = RSA 4096
key-algorithm-rsa-2048-note = RSA 2048 більше не придатний для кваліфікованих підписів у ЄС. Обирайте його, лише якщо цього вимагає політика центру сертифікації.
key-file = Файл ключа
key-file-dialog-title = Куди зберегти новий файл ключа
key-file-hint = Завжди новий файл: наявний файл ніколи не замінюється. Зберігайте його копію в надійному місці.
key-password = Пароль ключа
key-password-confirm = Повторіть пароль ключа
key-password-hint = Шифрує файл ключа. SealDesk його не зберігає: без нього ключем неможливо скористатися.
key-id = Номер ключа
key-id-hint = Номер ключа, зареєстрованого в SealDesk, наприклад командою «sealdesk key generate».
key-location = Де зберігається ключ
key-location-file = У файлі ключа (пароль)
key-location-token = На токені (PIN-код)
key-secret-password = Пароль файла ключа
token-pin = PIN-код токена «{ $label }»
token-pin-unknown = PIN-код токена
token-pin-hint = Після кількох хибних PIN-кодів токен блокується: вводьте уважно.
seal-org-name = Назва організації
seal-org-id = Ідентифікатор організації
seal-org-id-hint = Національний номер (в Україні код ЄДРПОУ, наприклад 14360570) або запис за ETSI EN 319 412-1 (NTRUA-14360570). Його перевіряють під час введення.
seal-org-id-valid = Правильний. У печатці: { $value }
seal-country = Країна (дві літери)
seal-years = Скільки діє печатка
seal-years-option = { $years ->
    [one] { $years } рік
    [few] { $years } роки
    [many] { $years } років
   *[other] { $years } року
}
seal-years-hint = Зазвичай три роки. Сертифікат, виданий печаткою, ніколи не діє довше за неї.
seal-summary-key = Ключ
seal-summary-key-existing = Зареєстрований ключ № { $id }
seal-summary-organization = Організація
seal-summary-note = Нова печатка замінює поточну, якщо вона є. Сертифікати, видані старою печаткою, залишаються чинними, доки не спливе їхній строк або строк старої печатки.

validation-key-path-required = Виберіть, куди зберегти файл ключа.
validation-key-password-required = Введіть пароль для файла ключа.
validation-key-id-required = Введіть номер зареєстрованого ключа.
validation-secret-required = Введіть пароль або PIN-код ключа.
validation-org-name-required = Введіть назву організації.
validation-org-id-required = Введіть ідентифікатор організації, наприклад NTRUA-32855961.
validation-country-required = Введіть дволітерний код країни, наприклад UA.
validation-common-name-required = Введіть ім'я власника.
validation-portal-fields-required = Для сертифіката користувача порталу потрібні код компанії та логін.
validation-days-range = Виберіть строк від 1 до { $max } днів.
validation-seal-secret-required = Введіть пароль або PIN-код ключа печатки.
validation-file-required = Виберіть файл для запису.

## Список сертифікатів

certs-title = Сертифікати
certs-search = Пошук за ім'ям або видавцем
certs-expiring = Спливають протягом (днів)
certs-expiring-any = будь-коли
certs-issue = Видати сертифікат
certs-csr = Запит на сертифікат (CSR)
certs-empty = Відповідних сертифікатів немає.
certs-col-subject = Власник
certs-col-valid-until = Чинний до
certs-col-status = Стан
certs-open = Докладно
certs-page = Рядки { $from }–{ $to }
certs-previous = Попередня сторінка
certs-next = Наступна сторінка
certs-issued = Видано сертифікат { $id }: { $name }.
certs-issued-key = Новий ключ зберігається в зашифрованому вигляді в { $path }.
certs-no-seal = Немає чинної печатки компанії. Створіть нову печатку, щоб видавати сертифікати.

## Видача

issue-title = Видача сертифіката
issue-seal = Видає печатка компанії { $organization } (№ { $id }).
issue-profile = Профіль
issue-profile-signing = Підписання документів
issue-profile-portal-user = Користувач порталу (вхід і захист пошти)
issue-name = Ім'я власника
issue-email = Ел. пошта
issue-country = Країна (дві літери)
issue-company-code = Код компанії
issue-login = Логін на порталі
issue-days = Строк дії в днях
issue-days-hint = Не більше ніж { $max } днів і ніколи довше за строк печатки.
issue-key = Ключ власника
issue-seal-key = Ключ печатки
issue-seal-secret = Пароль файла ключа печатки
issue-submit = Видати

## Запит на сертифікат

csr-title = Запит на сертифікат для ЦС
csr-intro = Створює запит PKCS#10, підписаний зареєстрованим ключем, для надсилання до зовнішнього центру сертифікації.
csr-common-name = Ім'я (CN)
csr-organization = Організація (O)
csr-serial-number = Ідентифікаційний номер особи
csr-file = Файл запиту
csr-file-hint = Записується у форматі PEM; наявний файл ніколи не замінюється.
csr-dialog-title = Куди зберегти запит
csr-submit = Створити запит
csr-done = Запит записано до { $path }.

## Відомості про сертифікат

detail-title = Сертифікат { $id }
detail-back = Назад до списку
detail-subject = Власник
detail-certificate = Сертифікат
detail-issuer = Видавець
detail-serial = Серійний номер
detail-valid-from = Чинний з
detail-valid-until = Чинний до
detail-sha256 = Відбиток SHA-256
detail-sha1 = Відбиток SHA-1
detail-key-usage = Використання ключа
detail-extended-key-usage = Розширене використання ключа
detail-emails = Адреси ел. пошти
detail-key = Особистий ключ
detail-key-none = SealDesk його не зберігає
detail-key-token = На токені «{ $token }», об’єкт «{ $object }»
detail-chain = Ланцюжок
detail-pem = PEM
detail-revoke = Відкликати…
detail-revoke-reason = Причина
detail-revoke-confirm = Відкликати сертифікат { $id }? Цю дію не можна скасувати.
detail-revoke-yes = Відкликати сертифікат
detail-revoked = Сертифікат { $id } відкликано.
detail-trusted = Довірений кореневий
detail-trusted-yes = Так: підписи, що ведуть до нього, проходять перевірку
detail-trusted-no = Ні
detail-trust = Довіряти цьому кореневому сертифікату…
detail-trust-confirm = Довіряти { $subject } як кореневому сертифікату? Тоді кожен підпис, що веде до нього, проходитиме перевірку. Робіть це, лише якщо цей відбиток SHA-256 точно збігається з тим, що центр сертифікації повідомив вам іншим каналом: { $fingerprint }
detail-trust-yes = Відбиток збігається: довіряти
detail-trust-done = Сертифікат { $id } тепер довірений кореневий.
detail-untrust = Перестати довіряти…
detail-untrust-confirm = Перестати довіряти { $subject }? Підписи, що ведуть лише до нього, більше не проходитимуть перевірку.
detail-untrust-yes = Перестати довіряти
detail-untrust-done = Сертифікат { $id } більше не довірений.
revoke-reason-unspecified = Причину не вказано
revoke-reason-key-compromise = Ключ втрачено або викрадено
revoke-reason-affiliation-changed = Змінилися дані власника
revoke-reason-superseded = Замінено новим сертифікатом
revoke-reason-cessation-of-operation = Власник пішов або послугу припинено
attr-common-name = Ім'я (CN)
attr-organization = Організація (O)
attr-organizational-unit = Підрозділ або код компанії (OU)
attr-country = Країна (C)
attr-locality = Населений пункт (L)
attr-state = Область (ST)
attr-surname = Прізвище (SN)
attr-given-name = Ім'я
attr-title = Посада
attr-serial-number = Ідентифікаційний номер
attr-organization-identifier = Ідентифікатор організації
attr-user-id = Логін (UID)
attr-email = Ел. пошта

## Проблеми під час запуску

startup-error-title = SealDesk не може відкрити свої дані
startup-error-intro = Нічого не змінено. Подробиці:

## Помилки (по одній на кожен сталий код; код «a.b-c» — повідомлення «error-a-b-c»)

error-store-in-use = Дані SealDesk використовує інше вікно або команда SealDesk. Закрийте їх або зачекайте трохи й повторіть.
error-store-schema-too-new = Ці дані записала новіша версія SealDesk (версія формату { $found }; ця програма знає версії до { $known }). Установіть новіший SealDesk.
error-store-corrupt = Файл { $path } пошкоджено або він не є сховищем SealDesk. Його залишено без змін.
error-store-backup-invalid = Файл { $path } не є придатною для читання резервною копією SealDesk. Нічого не відновлено, дані не змінилися.
error-store-read-only = Дані SealDesk доступні цьому користувачеві лише для читання: їхній файл або папка захищені від запису. Щоб щось змінити, попросіть право запису до папки даних.
error-store-disk-full = Диск із даними SealDesk заповнений. Нічого не змінено; звільніть місце і спробуйте знову.
error-store-missing = У { $path } ще немає даних SealDesk. Спершу налаштуйте SealDesk.
error-store-no-data-dir = Для цього користувача невідома тека даних застосунків. Укажіть теку даних явно.
error-io = Не вдалося прочитати або записати { $path }. Перевірте, чи підключено диск, і спробуйте знову.
error-io-disk-full = Диск заповнений: не вдалося записати { $path }. Недописаних файлів не залишилося; звільніть місце і спробуйте знову.
error-io-not-found = { $path } не існує. Перевірте назву і теку.
error-io-permission-denied = Немає дозволу використовувати { $path }. Виберіть інше місце або зверніться до того, хто обслуговує цей комп'ютер.
error-io-read-only = { $path } на диску лише для читання. Виберіть інше місце.
error-io-not-a-folder = { $path } — не тека. Вкажіть теку.
error-io-not-text = { $path } — не текстовий файл. Виберіть потрібний файл.
error-secrets-locked = Системне сховище паролів ({ $store }) не відповіло вчасно: мабуть, воно заблоковане. Розблокуйте його і спробуйте знову.
error-store-database = Неочікувана помилка бази даних: { $detail }
error-admin-already-initialized = SealDesk уже налаштовано в цій теці даних.
error-admin-not-initialized = SealDesk ще не налаштовано. Спершу створіть адміністратора.
error-admin-password-too-short = Пароль має містити щонайменше { $min } символів.
error-admin-name-required = Введіть ім'я.
error-admin-wrong-password = Неправильний пароль. Повторити можна через { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунди
    [many] { $seconds } секунд
   *[other] { $seconds } секунди
}.
error-admin-wrong-recovery-code = Неправильний код відновлення. Повторити можна через { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунди
    [many] { $seconds } секунд
   *[other] { $seconds } секунди
}.
error-admin-throttled = Забагато неправильних спроб. Зачекайте { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунди
    [many] { $seconds } секунд
   *[other] { $seconds } секунди
} і повторіть.
error-auth-required = Для цього потрібен пароль оператора { $login }.
error-auth-wrong-password = Неправильний логін або пароль. Повторити можна через { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунди
    [many] { $seconds } секунд
   *[other] { $seconds } секунди
}.
error-auth-throttled = Забагато неправильних спроб. Зачекайте { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунди
    [many] { $seconds } секунд
   *[other] { $seconds } секунди
} і повторіть.
error-auth-operator-disabled = Оператора { $login } вимкнено, він не може ввійти.
error-auth-administrator-only = Це може зробити лише адміністратор.
error-company-not-found = Компанії { $code } немає.
error-company-code-taken = Інша компанія вже має код { $code }. Виберіть інший код.
error-company-invalid-code = «{ $code }» не може бути кодом компанії: використайте від 1 до 32 латинських літер, цифр, «-» або «_».
error-company-name-required = Введіть назву компанії.
error-company-quota-below-active = Ліміт { $quota } менший за кількість уже активних сертифікатів ({ $active }). Укажіть щонайменше { $active } або залиште поле порожнім.
error-operator-login-taken = Логін { $login } уже зайнятий. Виберіть інший.
error-operator-invalid-login = «{ $login }» не може бути логіном: використайте від 1 до 64 літер, цифр, «.», «-», «_» або «@».
error-session-locked = SealDesk заблоковано. Увійдіть знову.
error-settings-unsupported-language = Мова «{ $tag }» недоступна.
error-settings-idle-lock-out-of-range = Оберіть значення від { $min } до { $max } хвилин.
error-key-unsupported-algorithm = Невідомий алгоритм ключа «{ $name }». Використайте ec-p256, ec-p384, rsa-2048, rsa-3072 або rsa-4096.
error-key-generation-failed = Не вдалося створити ключ { $algorithm }.
error-key-file-exists = { $path } уже існує, його залишено без змін. Оберіть іншу назву файлу.
error-key-password-required = Файлу ключа потрібен пароль.
error-key-wrong-password = Цей пароль не відкриває файл ключа { $path }.
error-key-file-invalid = { $path } не є зашифрованим закритим ключем (PKCS#8).
error-key-unsupported-private-key = Закритий ключ не того типу, який використовує SealDesk (EC P-256, EC P-384, RSA 2048, 3072 або 4096).
error-key-signing-failed = Не вдалося підписати: { $detail }
error-key-not-found = У SealDesk немає ключа з номером { $id }.
error-key-secret-kind = { $location ->
    [token] Ключ { $id } на токені: введіть його PIN, а не пароль.
   *[other] Ключ { $id } зберігається у файлі: введіть його пароль, а не PIN.
}
error-token-module-not-set = Не вибрано драйвер токена (модуль PKCS#11). Укажіть у налаштуваннях бібліотеку, що постачається з токеном.
error-token-module-load = Не вдалося завантажити драйвер токена { $module }: { $detail }. Перевірте шлях і відповідність цьому комп'ютеру (64 біти).
error-token-not-found = Токен із міткою «{ $label }» не під'єднано. Вставте його або перевірте мітку.
error-token-wrong-pin = Неправильний PIN. Увага: після кількох неправильних спроб токен блокується.
error-token-pin-locked = PIN токена заблоковано після забагатьох неправильних спроб. Розблокуйте його програмою токена та PIN адміністратора (SO PIN).
error-token-key-not-found = Ключа «{ $label }» немає на токені. Чи вставлено потрібний токен?
error-token-failure = Помилка токена під час операції «{ $operation }»: { $detail }
error-pkcs12-wrong-password = Пароль не відкриває цей файл PKCS#12 (.p12/.pfx).
error-pkcs12-invalid = Це не читабельний файл PKCS#12 (.p12/.pfx): { $detail }
error-pkcs12-password-unsupported = Пароль PKCS#12 не може містити емодзі та інші рідкісні символи (поза базовою багатомовною площиною Unicode). Оберіть інший пароль.
error-pkcs12-password-required = Файлу PKCS#12 (.p12/.pfx) потрібен пароль: укажіть непорожній пароль.
error-csr-invalid = Це не придатний запит на сертифікат (PKCS#10): { $detail }
error-cert-invalid = Це не читабельний сертифікат: { $detail }
error-cert-nothing-to-import = У файлі { $path } немає сертифіката.
error-cert-key-mismatch = Закритий ключ не належить цьому сертифікату.
error-cert-not-found = У SealDesk немає сертифіката з номером { $id }.
error-cert-already-revoked = Сертифікат { $id } уже відкликано.
error-cert-not-issued-by-seal = Сертифікат { $id } видано не печаткою компанії, тому SealDesk не може його відкликати.
error-cert-fingerprint-mismatch = Вказаний відбиток не збігається з відбитком SHA-256 сертифіката { $id }. Звірте його ще раз із відбитком, отриманим від центру сертифікації; довіру не встановлено.
error-cert-trust-not-ca = Сертифікат { $id } не є сертифікатом центру сертифікації, тому йому не можна довіряти як кореневому.
error-cert-seal-always-trusted = Сертифікат { $id } — печатка компанії: йому довіряють, доки він існує.
error-cert-signature-invalid = Підпис сертифіката { $subject } не проходить перевірку: сертифікат змінено або пошкоджено. Нічого не імпортовано.
error-seal-not-found = Печатки компанії з номером { $id } немає.
error-seal-not-usable = Печатка компанії { $id } не може видавати сертифікати: { $reason ->
    [expired] строк її дії минув. Створіть нову печатку.
    [revoked] її відкликано. Створіть нову печатку.
    [superseded] її замінила новіша печатка. Використовуйте поточну печатку.
    [not-yet-valid] вона ще не діє.
   *[other] { $reason }.
}
error-pki-field-required = Заповніть поле { $field }.
error-pki-field-too-long = Поле { $field } може містити не більше { $max } символів.
error-pki-field-invalid-character = Поле { $field } містить керівний символ або символ зміни напрямку тексту, через який назва може виглядати як інша.
error-pki-invalid-country = «{ $value }» — не дволітерний код країни, наприклад UA, PL, IL або IT.
error-pki-invalid-org-id = «{ $value }» — не ідентифікатор організації. Укажіть тип (VAT, NTR, PSD або LEI), країну й номер, наприклад NTRUA-14360570 або VATPL-5260250274.
error-pki-invalid-email = «{ $value }» — не адреса електронної пошти.
error-pki-validity-out-of-range = { $unit ->
    [years] Виберіть строк дії від { $min } до { $max } років.
   *[other] Виберіть строк дії від { $min } до { $max } днів.
}
error-pki-unknown-profile = Невідомий профіль сертифіката «{ $name }». Використовуйте signing або portal-user.
error-pki-portal-user-fields = Для сертифіката користувача порталу потрібні код компанії та логін.
error-pki-generation-failed = Не вдалося створити сертифікат: { $detail }
error-pki-unknown-export-format = { $path }: назва файлу має закінчуватися на .pem для PEM або на .cer, .der чи .crt для DER.
error-io-file-exists = Файл { $path } уже існує й залишився без змін. Виберіть іншу назву файлу.
error-io-not-a-regular-file = { $path } — не звичайний файл (це тека, пристрій або канал). Вкажіть файл.
error-io-file-too-large = Файл { $path } більший за { $limit } байт — більший, ніж може бути файл такого роду. Перевірте, чи це той файл.
error-io-missing = Файлу { $path } немає: його перемістили, перейменували чи видалили, або ім'я набрано з помилкою.
error-io-unreadable = Файл { $path } є, але його не вдається відкрити для читання. Перевірте, чи маєте до нього доступ, або зверніться до того, хто керує цим комп'ютером.
error-key-not-exportable = Ключ сертифіката { $id } на токені й не може його залишити. Для файлу PKCS#12 потрібен ключ, що зберігається у файлі.
error-cert-no-key = SealDesk не зберігає закритий ключ сертифіката { $id }.
error-cancelled = Скасовано.
error-id-invalid-format = { $value } — не номер { $kind } ({ $country }): неправильна довжина або символи. Звірте його з реєстраційним документом.
error-id-invalid-checksum = { $value } — недійсний номер { $kind } ({ $country }): контрольна цифра не збігається, зазвичай це помилка введення. Перевірте кожну цифру.
error-id-unknown-kind = SealDesk не знає ідентифікатора { $kind } для країни { $country }.
error-id-not-an-organization = { $value } — { $kind } фізичної особи ({ $country }), а не ідентифікатор організації. Введіть номер самої організації.

# Signing identities
error-identity-not-found = Профілю підпису { $id } немає.
error-identity-password-too-short = Пароль підпису має містити щонайменше { $min } символи.
error-identity-awaiting-certificate = Профіль підпису { $id } ще не має сертифіката. Додайте сертифікат, який центр сертифікації надіслав у відповідь на запит.
error-identity-certificate-not-valid = Профіль підпису { $id } не може підписувати: його сертифікат { $status ->
    [expired] закінчився
    [not-yet-valid] ще не діє
    [revoked] відкликано
   *[issuer-invalid] недійсний, бо печатка, що його видала, закінчилася або відкликана
}. Виберіть інший профіль або поновіть сертифікат.
error-identity-certificate-mismatch = У файлі немає сертифіката для ключа профілю підпису { $id }: це відповідь на інший запит.

error-sign-certificate-not-usable = Сертифікат { $id } не може підписувати: { $status ->
    [expired] строк його дії минув
    [not-yet-valid] він ще не діє
    [revoked] його відкликано
   *[issuer-invalid] він недійсний, бо печатка, що його видала, закінчилася або відкликана
}. Оберіть інший сертифікат або поновіть цей.
error-cli-usage = Неправильне використання команди: { $detail }
error-cli-secret-file = Не вдалося прочитати секрет із { $source }: { $detail }
error-cli-secret-file-open = Файл { $path } можуть читати інші користувачі цього комп’ютера, тож секрет у ньому не захищений. Залиште доступ лише собі (chmod 600 { $path }).
error-general-worker-failed = Операція несподівано перервалася: { $detail }
error-unknown = Сталася непередбачена помилка. Спробуйте ще раз; якщо вона повторюється, перезапустіть SealDesk.
error-desktop-no-file-manager = Не вдалося відкрити теку: жоден файловий менеджер не відповів. Файл: { $path }.

# Importing and exporting certificate files
certs-import = Імпорт…
import-title = Імпорт сертифікатів
import-intro = Сертифікат або ланцюжок у форматі PEM чи DER (.pem, .crt, .cer, .der) або файл PKCS#12 (.p12, .pfx) із закритим ключем.
import-file = Файл для імпорту
import-dialog-title = Виберіть файл сертифіката для імпорту
import-password = Пароль файлу PKCS#12
import-password-hint = Закритий ключ із файлу зберігається в SealDesk, зашифрований тим самим паролем.
import-submit = Імпортувати
import-done = { $count ->
    [one] Імпортовано { $count } сертифікат.
    [few] Імпортовано { $count } сертифікати.
    [many] Імпортовано { $count } сертифікатів.
   *[other] Імпортовано { $count } сертифіката.
}
import-nothing-new = { $count ->
    [one] Сертифікат із цього файлу вже є в SealDesk; нічого нового не додано.
   *[other] Усі сертифікати з цього файлу ({ $count }) вже є в SealDesk; нічого нового не додано.
}
import-key-added = Сертифікати вже були в SealDesk; додано їхній закритий ключ.
import-col-issuer = Видавець
import-with-key = із закритим ключем
file-filter-certificate-files = Сертифікати й PKCS#12
file-filter-certificates = Сертифікати (PEM, DER)
file-filter-pkcs12 = PKCS#12 (сертифікат із ключем)
file-filter-pem = Сертифікат PEM
file-filter-der = Сертифікат DER
validation-import-file-required = Виберіть файл для імпорту.
validation-import-password-required = Введіть пароль файлу PKCS#12.
detail-export = Експорт…
export-title = Експорт сертифіката { $id }
export-format = Що експортувати
export-format-pem = Лише сертифікат, у форматі PEM (.pem)
export-format-der = Лише сертифікат, у форматі DER (.cer), який відкриває Windows
export-format-pkcs12 = Сертифікат із закритим ключем і ланцюжком, у форматі PKCS#12 (.p12)
export-token-note = Закритий ключ на токені й не може його залишити, тож експортувати можна лише сертифікат.
export-file = Файл
export-dialog-title = Зберегти сертифікат як
export-key-password = Пароль файлу закритого ключа
export-submit = Експортувати
export-done = Збережено в { $path }.
validation-export-key-password-required = Введіть пароль файлу закритого ключа.
validation-pkcs12-password-required = Введіть пароль для файлу PKCS#12.
p12-password = Пароль для файлу PKCS#12
p12-password-confirm = Повторіть пароль PKCS#12
p12-password-hint = Цей пароль потрібен кожному, хто відкриває файл. Передайте його іншим шляхом, ніж сам файл.
p12-legacy = Сумісно зі старими Windows (3DES/SHA-1, слабше)
p12-legacy-warning = Слабший захист: вибирайте його лише для пристрою, який не приймає варіант за замовчуванням, наприклад Windows Server 2016 чи старішої.
issue-p12 = Також зберегти як PKCS#12 (.p12) із ключем і ланцюжком
issue-p12-file = Файл PKCS#12
issue-p12-dialog-title = Зберегти файл PKCS#12 як
issue-p12-token-note = Ключ на токені не може його залишити, тож створити з ним файл PKCS#12 не можна.
certs-issued-p12 = Файл PKCS#12 записано в { $path }.

## Documents: signing
docs-sign-title = Підписання документів
docs-sign-intro = PDF підписуються всередині файлу (PAdES); будь-який інший файл отримує поруч окремий файл підпису (.p7s). Оригінали ніколи не змінюються.
docs-no-certificate = Поки немає сертифіката для підпису. Випустіть його печаткою компанії або імпортуйте сертифікат із ключем на екрані «Печатка і сертифікати».
docs-drop-hint = Перетягніть файли сюди або виберіть їх.
docs-pick = Вибрати файли…
docs-pick-title = Файли для підпису
docs-path = Або введіть повний шлях до файлу
docs-add = Додати
docs-remove = Прибрати { $name } зі списку
docs-remove-short = Прибрати
docs-file-left-out = Цей файл не буде підписано.
docs-sign-with = Підписати сертифікатом
docs-valid-until = чинний до { $date }
docs-active-identity = активний профіль
docs-key-password = Пароль ключа підпису
docs-sign = { $count ->
    [one] Підписати { $count } файл
    [few] Підписати { $count } файли
   *[many] Підписати { $count } файлів
}
docs-stop = Зупинити після цього файлу
docs-progress = Підписання
docs-summary = Підписано: { $signed }. З помилкою: { $failed }. Не підписано через зупинку: { $stopped }.
docs-col-file = Файл
docs-col-result = Результат
docs-show = Показати в папці
docs-format-pades = Підписаний PDF (PAdES)
docs-checked-valid = перевірено: дійсний
docs-checked-valid-with-warnings = перевірено: дійсний, із зауваженням
docs-checked-invalid = перевірено: НЕДІЙСНИЙ
docs-checked-unsigned = перевірено: підпису немає
docs-format-cades = Файл підпису (.p7s)
# Signing identities (screen and wizard)
first-steps-title = Перші кроки
first-steps-intro = Налаштуйте SealDesk у такому порядку. Кожен крок позначається, щойно його виконано.
first-steps-hide = Сховати посібник
first-steps-done = Готово
first-steps-todo = Ще не зроблено
first-steps-authority = Печатка компанії або зовнішній центр сертифікації
first-steps-authority-hint = Печатка (або центр сертифікації поза SealDesk) засвідчує сертифікати для підпису, тому вона перша.
first-steps-identity = Профіль підпису
first-steps-identity-hint = Ваша компанія і людина, яка підписує від її імені, з ключем і сертифікатом.
first-steps-mail = Поштовий сервер
first-steps-mail-hint = Сервер вихідної пошти, що надсилає підписані документи та повідомлення.
first-steps-sign = Підписати документ
first-steps-sign-hint = Підпишіть PDF або будь-який інший файл активним профілем підпису.
first-steps-go-authority = Створити печатку
first-steps-go-outside-ca = Імпортувати сертифікат ЦС
first-steps-go-identity = Зареєструвати профіль підпису
first-steps-go-mail = Налаштувати пошту
first-steps-go-sign = Підписати документ
first-steps-next-authority = Наступний крок: створіть печатку компанії або імпортуйте сертифікат зовнішнього центру сертифікації.
first-steps-next-identity = Наступний крок: зареєструйте профіль підпису, яким підписуватимуться ваші документи.
first-steps-next-mail = Наступний крок: налаштуйте поштовий сервер, що надсилає підписані документи.
first-steps-next-sign = Наступний крок: підпишіть перший документ.

identities-title = Профілі підпису
identities-intro = Кожен профіль — це ваше підприємство й особа, яка підписує від його імені, з ключем і сертифікатом. Документи підписує рівно один профіль — активний.
identities-none = Профілів підпису ще немає. Зареєструйте профіль, щоб підписувати документи.
identities-none-active = Жоден профіль не вибрано для підпису. Виберіть профіль із чинним сертифікатом.
identity-new = Зареєструвати профіль
identity-col-signer = Підписувач і підприємство
identity-col-status = Стан
identity-col-valid-until = Чинний до
identity-col-signing = Підпис
identity-col-actions = Дії
identity-active = Активний
identity-select = Вибрати для підпису
identity-selected = Тепер ваші документи підписує { $signer }.
identity-details = Відомості про сертифікат
identity-remove = Вилучити
identity-remove-confirm = Вилучити профіль підпису { $signer } ({ $business })? Його ключ і сертифікат залишаються в SealDesk; вилучається лише профіль.
identity-remove-confirm-active = Вилучити профіль підпису { $signer } ({ $business })? Саме ним зараз підписуються ваші документи: після вилучення підписувати не буде чим, доки ви не виберете інший профіль. Його ключ і сертифікат залишаються в SealDesk.
identity-remove-yes = Вилучити профіль підпису
identity-removed = Профіль підпису { $signer } вилучено. Його ключ і сертифікат збережено.
identity-removed-active = Профіль підпису { $signer } вилучено; його ключ і сертифікат збережено. Виберіть інший профіль, щоб підписувати документи.
identity-attach = Додати сертифікат від ЦС
identity-attach-file = Файл сертифіката від ЦС
identity-attach-dialog-title = Відкрити сертифікат, надісланий ЦС
identity-attach-hint = Сертифікат (PEM або DER), з ланцюжком, якщо ЦС його надіслав. Він має відповідати запиту цього профілю.
identity-attach-submit = Додати
identity-attached = Сертифікат { $signer } додано.
identity-attached-selected = Сертифікат { $signer } додано, і тепер цей профіль підписує ваші документи.
identity-created-selected = Сертифікат { $signer } створено й вибрано для підпису.
identity-created-not-selected = Профіль { $signer } створено, але не вибрано: { $reason ->
    [awaiting-certificate] надішліть запит до центру сертифікації, а потім додайте сертифікат, який він поверне.
    [certificate-not-valid] його сертифікат зараз нечинний.
   *[not-requested] виберіть його, коли він має підписувати.
}
badge-awaiting-certificate = Очікує сертифікат
validation-attach-file-required = Виберіть файл сертифіката, надісланий ЦС.
identity-wizard-title = Реєстрація профілю підпису
identity-finish = Зареєструвати
identity-step-business = Ідентифікатор підприємства
identity-step-names = Підприємство й підписувач
identity-step-secret = Пароль підпису і ключ
identity-step-certificate = Сертифікат
identity-step-summary = Підсумок
identity-country = Країна підприємства
identity-country-other = Інша країна
identity-country-code = Двобуквений код країни
identity-kind = Вид ідентифікатора
identity-business-id = Ідентифікатор підприємства
identity-business-id-valid = Правильний. У сертифікаті: { $value }
identity-business-name = Назва підприємства
identity-signer-name = Ім'я підписувача
identity-signer-name-hint = Підприємство, його власник або особа, уповноважена підписувати від його імені.
identity-email = E-mail, що показується в підписі
identity-email-hint = Лише для відома: зазначається в сертифікаті.
identity-key-target = Де зберігається ключ
identity-key-file = У файлі ключа, захищеному паролем підпису
identity-key-token = На токені (смарт-картка або USB-токен)
identity-password = Пароль підпису
identity-password-hint = Щонайменше { $min } символи; цифри дозволені. Ви вводите його під час кожного підпису.
identity-password-confirm = Пароль підпису ще раз
identity-token-label = Мітка токена
identity-token-hint = Токен доступний через модуль PKCS#11, вибраний у налаштуваннях. Тоді його PIN — ваш секрет підпису.
identity-token-pin = PIN токена
identity-source = Сертифікат
identity-source-seal = Випускається зараз печаткою підприємства
identity-source-csr = Запитується в центрі сертифікації (CSR)
identity-no-seal = Чинної печатки підприємства немає: створіть її в розділі «Печатка і сертифікати» або запитайте сертифікат у центрі сертифікації.
identity-seal = Печатка підприємства
identity-seal-password = Пароль ключа печатки
identity-days = Строк чинності в днях
identity-csr-file = Зберегти запит як
identity-csr-dialog-title = Зберегти запит на сертифікат як
identity-csr-hint = Надішліть цей файл до центру сертифікації; сертифікат, який він поверне, додайте у списку профілів.
identity-select-new = Вибрати цей профіль для підпису
identity-csr-summary-note = Профіль очікує сертифікат, доки ви його не додасте; до того він не може підписувати.
validation-business-id-required = Введіть ідентифікатор підприємства.
validation-business-id-checking = Ідентифікатор ще перевіряється; зачекайте трохи.
validation-business-name-required = Введіть назву підприємства.
validation-signer-name-required = Введіть ім'я підписувача.
validation-email-required = Введіть адресу e-mail, наприклад name@example.com.
validation-token-label-required = Введіть мітку токена.
validation-pin-required = Введіть PIN токена.
validation-seal-required = Виберіть печатку підприємства.
country-il = Ізраїль
country-pl = Польща
country-it = Італія
country-ua = Україна
country-ru = Росія
id-kind-il-company = номер компанії або зареєстрованого підприємця
id-kind-pl-nip = податковий номер
id-kind-pl-regon = статистичний номер
id-kind-it-partita-iva = номер платника ПДВ
id-kind-it-codice-fiscale = особистий податковий код
id-kind-ua-edrpou = реєстраційний код юридичної особи
id-kind-ua-rnokpp = особистий податковий номер
id-kind-ru-inn = ідентифікаційний номер платника податків
id-kind-other = ідентифікатор

## Verify screen
verify-title = Перевірити підписаний документ
verify-intro = Виберіть підписаний PDF або будь-який файл, поруч із яким лежить його підпис (.p7s). SealDesk перевіряє, що після підписання нічого не змінилося, хто й коли підписав і чи веде сертифікат підписувача до печатки або центру сертифікації, яким ви довіряєте.
verify-file = Підписаний документ
verify-signature-file = Окремий файл підпису (необов'язково)
verify-signature-hint = Залиште порожнім, якщо підпис усередині PDF або це файл .p7s з тією самою назвою поруч із документом.
verify-run = Перевірити
verify-verdict-valid = Підпис дійсний.
verify-verdict-valid-with-warnings = Підпис дійсний, є зауваження нижче.
verify-verdict-invalid = Підпис НЕДІЙСНИЙ. Не вважайте цей документ підписаним.
verify-verdict-unsigned = У цьому документі немає підпису. Його не підписували, або підпис видалено.
verify-format-pades = { $name }: підписи всередині PDF
verify-format-cades = { $name }: окремий файл підпису (.p7s)
verify-signature-n = Підпис { $n }
verify-signer = Підписав(ла)
verify-signer-unknown = невідомо (немає сертифіката підписувача)
verify-signed-at = Дата підпису
verify-signed-at-unknown = не вказано
verify-coverage = Охоплює
verify-covers-whole-file = увесь файл у теперішньому вигляді
verify-covers-signed-version = файл у тому вигляді, у якому його підписали; пізніше до нього додано зміни
verify-covers-part = лише частину файлу
verify-trust-anchor = Довіра через
verify-trust-anchor-none = немає довіреного сертифіката (печатки компанії або кореневого сертифіката, якому ви вирішили довіряти)
verify-signature-fine = З цим підписом усе гаразд.
# PDF signing (PAdES)
error-pdf-encrypted = { $path } — зашифрований PDF. Зніміть пароль (збережіть незахищену копію) перед підписом.
error-pdf-no-changes-allowed = { $path } засвідчено із забороною змін; ще один підпис порушить засвідчення.
error-pdf-unreadable = Не вдається прочитати { $path } як PDF: { $reason }
error-pdf-header-not-at-start = { $path } відкривається в програмах для PDF, але не починається із заголовка %PDF-, тому його не можна надійно підписати всередині. Відкрийте його в програмі для PDF і збережіть знову або підпишіть окремим файлом .p7s.
error-pdf-detached-output-named-pdf = { $path } закінчується на .pdf, але окремий підпис не є PDF. Виберіть назву, що закінчується на .p7s.
error-pdf-signed-output-not-named-pdf = { $path } не закінчується на .pdf, а підписаний PDF — це PDF. Виберіть назву, що закінчується на .pdf.
error-sign-output-name-invalid = «{ $name }» — не назва файлу. Вкажіть назву без тек; файл зберігається поруч із документом.
error-sign-not-this-signed-copy = { $path } — не цей документ, підписаний цим сертифікатом, тому його не надіслано.
## Verifying signatures
error-verify-signature-missing = Файлу підпису { $path } немає. Вкажіть файл підпису.
error-verify-not-cms = { $path } не є файлом підпису (.p7s) або пошкоджений.
error-verify-not-valid = Підписи документа { $path } недійсні.
verify-problem-digest-mismatch = Документ змінено після підписання.
verify-problem-signature-invalid = Підпис недійсний: він не відповідає ключу підписувача.
verify-problem-signer-certificate-missing = Сертифіката підписувача немає ні в підписі, ні в SealDesk, тож підпис не можна перевірити.
verify-problem-untrusted-chain = Сертифікат підписувача видано не печаткою вашої компанії і не довіреним центром сертифікації.
verify-problem-signer-expired = Строк дії сертифіката підписувача минув.
verify-problem-signer-not-yet-valid = Сертифікат підписувача ще не був чинним.
verify-problem-signer-revoked = Сертифікат підписувача відкликано.
verify-problem-seal-invalid = Печатку або центр сертифікації, що видав сертифікат підписувача, відкликано або строк її дії минув.
verify-problem-content-added-after = Після останнього підпису до документа щось додали.
verify-problem-no-signing-certificate-attribute = Підпис не вказує свій сертифікат у підписаних даних (сам вміст не змінено).
verify-problem-signing-certificate-mismatch = Підпис вказує інший сертифікат, ніж той, яким його зроблено.
verify-problem-weak-algorithm = Підпис використовує застарілий алгоритм (SHA-1), який більше не безпечний.
verify-problem-unsupported-algorithm = Підпис використовує алгоритм, який SealDesk не вміє перевіряти.
verify-problem-byte-range-invalid = Опис підписаної частини PDF у підписі хибний або пошкоджений.
verify-problem-unsupported-signature-type = Такий вид підпису PDF (наприклад, позначку часу документа) SealDesk не перевіряє.
verify-problem-no-signature = У документі немає підпису.
verify-problem-modified-after-signing = Після цього підпису документ змінили понад те, що дозволяє підпис (не лише додали підписи).
verify-problem-key-usage-not-for-signing = Сертифікат підписувача не призначений для підписання документів (у використанні ключа немає неспростовності), наприклад сертифікат для входу на портал.
verify-modification = { $change ->
    [deleted] Видалено
   *[changed] Змінено
}: { $role ->
    [catalog] каталог документа
    [page-tree] дерево сторінок
    [page] сторінка { $page }
    [page-content] вміст сторінки { $page }
    [form] форма
    [form-field] поле форми
    [annotation] анотація
    [signature] словник підпису
    [font] шрифт
   *[object] інший об’єкт
} (об’єкт { $object })

## Mail: outgoing server settings, credential store, connection test
audit-smtp-saved = Сервер вихідної пошти збережено: { $host } порт { $port } ({ $security })
error-mail-header-injection = Поле { $field } має бути одним рядком.
error-mail-header-control = Поле { $field } містить керівний символ (наприклад, табуляцію, escape або дзвінок). Видаліть його.
error-mail-attachment-name-bidi = Назва вкладення { $name } містить символ, що змінює напрямок тексту, тож показувалася б не в тому порядку, в якому вона є. Перейменуйте файл.
error-mail-invalid-address = { $value } у полі { $field } не є правильною адресою e-mail.
error-mail-invalid-host = { $host } не є правильною назвою сервера.
error-mail-invalid-port = Порт має бути від 1 до 65535.
error-mail-plain-not-allowed = З'єднання без шифрування передає пароль відкритим текстом. Виберіть TLS або STARTTLS чи явно підтвердьте з'єднання без шифрування.
error-mail-unknown-security = Невідомий режим захисту { $value }; використовуйте tls, starttls або none.
error-mail-unknown-auth = Невідомий спосіб входу { $value }; використовуйте plain, login, xoauth2 або none.
error-mail-password-required = Для входу потрібні і ім'я користувача, і пароль або токен.
error-mail-not-configured = Сервер вихідної пошти ще не налаштовано.
error-mail-credential-store-unavailable = Системне сховище паролів недоступне ({ $detail }). Розблокуйте або запустіть його і спробуйте знову.
error-mail-credential-missing = У системному сховищі паролів немає пароля для { $account }. Введіть пароль знову.
error-mail-ca-file-invalid = { $path } не є сертифікатом CA у форматі PEM.
error-mail-bcc-not-allowed = { $provider } відхиляє листи з прихованими одержувачами (Bcc); приберіть адресу Bcc.
error-mail-test-failed = Перевірка з'єднання не вдалася на кроці { $step }.
# Mail outbox
error-mail-no-recipients = Повідомлення не має одержувача. Вкажіть щонайменше одну адресу в полях «Кому», «Копія» або «Прихована копія».
error-mail-message-too-large = Повідомлення займе близько { $size } байтів — більше за { $limit } байтів, які приймають багато поштових серверів. Надішліть менші вкладення або підтвердьте надсилання.
error-mail-compose-failed = Не вдалося скласти повідомлення: { $detail }
error-mail-outbox-not-found = У вихідних немає повідомлення { $id }.
error-mail-spool-invalid = Повідомлення в черзі { $path } не є звичайним файлом папки вихідних (це посилання або підмінений файл), тому його не надіслано. Скасуйте його і напишіть знову.
error-mail-outbox-wrong-state = Повідомлення { $id } у стані { $state }; зараз це зробити не можна.
error-mail-outcome-unknown = Надсилання перервалося, коли сервер приймав повідомлення, тож воно могло дійти. Уточніть в одержувача, потім надішліть знову або скасуйте.
error-mail-server-unreachable = { $reason ->
    [connection-refused] Поштовий сервер відхилив з'єднання: на цьому порту ніхто не відповідає. Перевірте порт і налаштування захисту.
    [host-not-found] Ім'я поштового сервера не знайдено. Перевірте ім'я сервера та підключення до інтернету.
    [timed-out] Поштовий сервер не відповів вчасно. Перевірте підключення до інтернету і що брандмауер не блокує порт.
    [network-unreachable] Мережа поштового сервера недоступна. Перевірте підключення до інтернету.
    [connection-reset] Поштовий сервер закрив з'єднання.
    [tls] Не вдалося встановити захищене з'єднання з поштовим сервером. Перевірте налаштування захисту.
    [no-starttls] Поштовий сервер не пропонує на цьому порту захищеного з'єднання (STARTTLS). Перевірте порт і налаштування захисту.
   *[other] Поштовий сервер недоступний.
}
error-mail-auth-refused = Поштовий сервер відхилив вхід ({ $reply }). Перевірте ім'я користувача й пароль у налаштуваннях пошти.
error-mail-deferred = Поштовий сервер попросив спробувати пізніше ({ $reply }).
error-mail-rejected = Поштовий сервер відхилив повідомлення ({ $reply }). Перевірте адреси та вкладення.
error-mail-connection-lost = { $reason ->
    [connection-refused] Поштовий сервер відхилив з'єднання: на цьому порту ніхто не відповідає. Перевірте порт і налаштування захисту.
    [host-not-found] Ім'я поштового сервера не знайдено. Перевірте ім'я сервера та підключення до інтернету.
    [timed-out] Поштовий сервер не відповів вчасно. Перевірте підключення до інтернету і що брандмауер не блокує порт.
    [network-unreachable] Мережа поштового сервера недоступна. Перевірте підключення до інтернету.
    [connection-reset] Поштовий сервер закрив з'єднання.
    [tls] Не вдалося встановити захищене з'єднання з поштовим сервером. Перевірте налаштування захисту.
    [no-starttls] Поштовий сервер не пропонує на цьому порту захищеного з'єднання (STARTTLS). Перевірте порт і налаштування захисту.
   *[other] З'єднання з поштовим сервером перервалося.
}
# Mail templates
error-mail-template-unknown-placeholder = Невідома підстановка { "{" }{ $name }{ "}" } у { $part ->
        [subject] темі
        [html] HTML-версії
       *[text] тексті листа
    }. Використовуйте recipient, company, sender, document, certificate, valid_until, login або cert_password.
error-mail-template-unbalanced-brace = Фігурна дужка без пари у { $part ->
        [subject] темі
        [html] HTML-версії
       *[text] тексті листа
    }. Щоб вставити саму дужку, напишіть { "{" }{ "{" } або { "}" }{ "}" }.
error-mail-template-value-missing = Не вказано значення для підстановки { "{" }{ $name }{ "}" }.
error-mail-template-multiline-value = Значення { "{" }{ $name }{ "}" } потрапляє в тему і має бути одним рядком.
error-mail-template-unknown-kind = Невідомий шаблон { $kind }. Використовуйте signed-document, portal-certificate, portal-password або renewal-request.
error-mail-template-password-required = Шаблон portal-password має містити { "{" }cert_password{ "}" }.
error-mail-template-password-forbidden = Шаблон { $kind } не повинен містити { "{" }cert_password{ "}" }: пароль надсилається окремим листом.
error-mail-template-password-in-subject = { "{" }cert_password{ "}" } може бути лише в тексті листа з паролем до порталу, а не в темі: теми видно у списках і сповіщеннях.
error-mail-template-empty = { $part ->
    [subject] Тема шаблону не може бути порожньою.
    [html] HTML-версія шаблону не може бути порожньою.
   *[text] Текст шаблону не може бути порожнім.
}
error-smtp-dns = Сервер з такою назвою не знайдено. Перевірте, чи немає помилки в назві сервера і чи комп'ютер підключено до інтернету.
error-smtp-connect = Сервер не відповідає на цьому порту. Перевірте порт і режим захисту (465 з TLS, 587 зі STARTTLS) та чи не блокує його брандмауер.
error-smtp-tls-untrusted = Сертифікат сервера видано не довіреним центром. Якщо ваш ІТ-відділ використовує власний CA, додайте файл його сертифіката; інакше не користуйтеся цим сервером.
error-smtp-tls-hostname = Сертифікат сервера видано на іншу назву. Вкажіть точну назву сервера, яку дає провайдер (не псевдонім і не IP-адресу).
error-smtp-tls-no-starttls = Сервер не пропонує STARTTLS. Виберіть TLS на порту 465 або дізнайтеся в провайдера правильні налаштування.
error-smtp-tls = Не вдалося встановити захищене з'єднання. Перевірте порт і режим захисту (465 з TLS, 587 зі STARTTLS).
error-smtp-auth = Сервер відхилив ім'я користувача або пароль. Перевірте обидва; деяким провайдерам потрібна повна адреса як ім'я користувача.
error-smtp-auth-app-password = Провайдер вимагає пароль застосунку: увімкніть двоетапну перевірку в налаштуваннях безпеки облікового запису, створіть пароль застосунку і введіть його тут.
error-smtp-auth-disabled = Вхід за паролем (SMTP AUTH) вимкнено для цього облікового запису. Попросіть адміністратора увімкнути його або використовуйте OAuth2.
error-smtp-auth-oauth = Провайдер відхилив токен входу OAuth2; можливо, строк його дії минув або він не має доступу до пошти. Увійдіть у провайдера знову.
error-smtp-sender = Сервер відхилив адресу відправника. Використовуйте адресу облікового запису, під яким входите, або адресу, з якої провайдер дозволяє надсилати.
error-smtp-done = З'єднання працює: сервер прийняв вхід і адресу відправника.
# Batch renewal.
error-renewal-invalid-phone = { $value } — не номер телефону: використовуйте цифри, необов'язковий + на початку, пробіли або дефіси, від 9 до 15 цифр.
error-renewal-forbidden-email = E-mail цих сертифікатів у забороненому домені; вкажіть нову адресу для кожного: { $certificates }.
error-renewal-not-renewable = Сертифікат { $id } не можна подовжити ({ $reason }).
error-renewal-start-after-expiry = Новий сертифікат для { $id } не може починатися { $date }, після закінчення строку старого.
error-renewal-no-certificates = Виберіть хоча б один сертифікат для подовження.
error-renewal-run-not-found = Подовження { $id } немає.
error-renewal-no-match = Сертифікат у { $path } не відповідає жодному запиту на подовження.
error-renewal-wrong-state = Подовження сертифіката { $id } на етапі «{ $state }»; цей крок зараз неможливий.
error-renewal-delivery-unsupported = { $method } — не спосіб передавання запитів. Використайте export:ТЕКА або mail:АДРЕСА.
error-renewal-run-busy = Подовження { $id } зараз виконується іншим вікном або командою SealDesk; дочекайтеся завершення.
# Документи подовження.
error-document-font = Шрифт документів не можна використати ({ $reason }); перевстановіть SealDesk.
error-renewal-nothing-installed = Жоден новий сертифікат подовження { $id } ще не встановлено; спочатку імпортуйте видані сертифікати.
error-renewal-not-a-receipt = { $path } не є квитанцією на заявку про подовження сертифіката { $id }: у ній немає посилання на цю заявку.
error-renewal-receipt-duplicate = { $path } уже імпортовано як квитанцію { $number }.
error-renewal-notification-format = { $value } не є форматом повідомлення: використовуйте pdf або csv.
renewal-file-card = Картка приєднання
renewal-file-receipt1 = Квитанція 1
renewal-file-receipt2 = Квитанція 2
renewal-card = Картка приєднання
renewal-card-hint = Картка приєднання до договору надавача послуг про обробку даних підписується чинним сертифікатом { $name }, який має бути ще чинним.
renewal-card-secret-kind = Чинний ключ захищено
renewal-document-lang = Мова документа
renewal-card-sign = Підписати картку приєднання
renewal-card-written = Картку приєднання підписано й збережено як { $file }.
renewal-receipt-file = Імпортувати файл квитанції
renewal-receipt-file-title = Квитанція надавача послуг
renewal-receipt-file-filter = Квитанції
renewal-receipt-file-imported = Квитанцію імпортовано; стан заявки: { $state }.
renewal-notification = Повідомлення до податкового органу
renewal-notification-hint = Перелічує встановлені нові сертифікати: директор, податковий номер, серійний номер, строк дії та видавець.
renewal-notification-format = Формат
renewal-notification-export = Експортувати повідомлення…
renewal-notification-title = Зберегти повідомлення
renewal-notification-written = Повідомлення про сертифікати ({ $count }) збережено як { $file }.

# Renewal screens.
renewal-tab-due = До поновлення
renewal-tab-history = Історія запусків
renewal-tab-prices = Ціни
renewal-within = Спливають протягом (днів)
renewal-issuer = Видавець
renewal-issuer-all = Усі видавці
renewal-search = Пошук
renewal-count = Показано: { $shown } з { $total }. Вибрано: { $selected }.
renewal-none = Жоден сертифікат із ключем не спливає протягом { $days } дн.
renewal-col-choose = Вибрати
renewal-col-holder = Власник
renewal-col-issuer = Видавець
renewal-col-email = Ел. пошта
renewal-col-expires = Спливає
renewal-col-start = Початок нового сертифіката
renewal-col-state = Стан
renewal-col-files = Файли
renewal-col-actions = Дії
renewal-actions-of = Дії для { $name }
renewal-col-run = Запуск
renewal-col-date = Дата
renewal-col-items = Позиції
renewal-choose-one = Вибрати: { $name }
renewal-select-all = Вибрати всі показані
renewal-in-run = у запуску { $id }
renewal-days-left = залишилося днів: { $days }
renewal-days-ago = сплив днів тому: { $days }
renewal-renew-selected = Поновити вибрані ({ $count })
renewal-no-runs = Запусків поновлення ще не було.
renewal-open = Відкрити
renewal-wizard-title = Поновлення сертифікатів: { $count }
renewal-step-details = Дані
renewal-step-secrets = Паролі та доставка
renewal-contact = Контактна особа
renewal-phone = Контактний телефон
renewal-expires = спливає { $date }
renewal-email-forbidden = ЦСК не приймає адреси в цьому домені: вкажіть іншу.
renewal-start-all = Одна дата початку для всіх (необов'язково)
renewal-start-hint = Типово новий сертифікат починається за 3 дні до закінчення старого; ніколи не пізніше.
renewal-term = Строк
renewal-term-years = { $years ->
        [one] { $years } рік
        [few] { $years } роки
        [many] { $years } років
       *[other] { $years } року
    }
renewal-algorithm = Алгоритм ключа
renewal-algorithm-same = Як у старого ключа
renewal-destination = Куди підуть нові ключі
renewal-dest-folder = Файли ключів у папці
renewal-dest-token = Токен
renewal-key-dir = Папка для нових ключів і запитів
renewal-choose = Вибрати…
renewal-new-password = Пароль нових файлів ключів
renewal-new-password2 = Пароль ще раз
renewal-password-mismatch = Паролі не збігаються.
renewal-token-label = Мітка токена
renewal-token-pin = PIN токена
renewal-back = Назад
renewal-missing-contact = вкажіть контактну особу
renewal-missing-phone = вкажіть правильний номер телефону
renewal-missing-phrase = введіть ту саму фразу двічі
renewal-missing-items = виправте позначені адреси e-mail і дати початку
renewal-missing-key-dir = виберіть теку для нових ключів
renewal-missing-password = введіть пароль нових ключів двічі однаково
renewal-missing-token = вкажіть токен і його PIN
renewal-missing-delivery = виберіть теку експорту або вкажіть адресу КНЕДП
renewal-missing-old = введіть паролі або PIN старих ключів
renewal-old-intro = Старі сертифікати підписують запити: вкажіть їхні паролі або PIN.
renewal-old-shared = Один пароль для всіх старих ключів
renewal-old-secret = Пароль або PIN старих ключів
renewal-old-secret-of = Пароль або PIN: { $name }
renewal-old-pin-of = PIN: { $name }
renewal-export-dir = Папка для конвертів запитів
renewal-deliver = Як запити потраплять до ЦСК
renewal-deliver-export = Зберегти в теку (щоб завантажити чи надіслати самостійно)
renewal-deliver-mail = Надіслати до ЦСК електронною поштою через вихідні
renewal-ca-address = Адреса ЦСК для запитів на подовження
renewal-ca-language = Мова листа
renewal-deliver-mail-hint = Кожен запит один раз стає у вихідні з шаблоном «запит на подовження»; вихідні надсилають його й повторюють спробу, коли сервер недоступний.
renewal-deliver-mail-to = Запити надсилаються електронною поштою на { $address }.
renewal-file-mailed = Надіслано поштою на
renewal-mail-state-queued = чекає у вихідних
renewal-mail-state-sending = надсилається
renewal-mail-state-sent = надіслано
renewal-mail-state-failed = не надіслано: див. вихідні
renewal-mail-state-cancelled = скасовано у вихідних
renewal-export-hint = Завантажте конверти з цієї папки до ЦСК або надішліть їх вручну.
renewal-start = Почати
renewal-run-title = Запуск поновлення { $id }
renewal-run-summary = Заплановано { $date } · контакт { $contact }, { $phone } · { $years ->
        [one] { $years } рік
        [few] { $years } роки
        [many] { $years } років
       *[other] { $years } року
    }
renewal-progress = Формування запитів
renewal-stop = Зупинити після цього сертифіката
renewal-file-key = Новий ключ
renewal-file-envelope = Конверт
renewal-file-sent = Експортовано до
renewal-show = Показати в папці
renewal-receipt1 = Отримано квитанцію 1
renewal-receipt2 = Отримано підсумкову квитанцію
renewal-retry = Повторити невдалі ({ $count })
renewal-retry-title = Повторити невдалі сертифікати
renewal-new-secret = Пароль нових файлів ключів (або PIN токена)
renewal-cancel-retry = Скасувати
renewal-import = Імпортувати видані сертифікати
renewal-import-hint = Файли від ЦСК з новими сертифікатами (PEM або DER); кожен зіставляється зі своїм запитом.
renewal-import-path = Шлях до файлу сертифіката
renewal-import-go = Імпортувати
renewal-import-title = Видані сертифікати
renewal-import-filter = Сертифікати
renewal-imported = Встановлено сертифікатів: { $count }.
renewal-state-planned = заплановано
renewal-state-formed = сформовано
renewal-state-sent = надіслано
renewal-state-exported = експортовано
renewal-state-mailed = надіслано поштою
renewal-state-receipt1 = квитанція 1
renewal-state-receipt2 = підсумкова квитанція
renewal-state-issued = видано
renewal-state-installed = встановлено
renewal-state-failed = помилка
renewal-state-cancelled = скасовано
renewal-col-price = Ціна
renewal-no-price = ціну не задано
renewal-total = Разом: { $amount }
renewal-unpriced = Без ціни: { $count }
renewal-prices-title = Прейскурант поновлень
renewal-prices-hint = Скільки кожен КНЕДП бере за поновлення сертифіката; майстер підсумовує запуск за цими цінами. Називайте КНЕДП так, як його сертифікати називають видавця.
renewal-prices-none = Цін ще немає.
renewal-price-set-title = Задати ціну
renewal-price-ca = КНЕДП (видавець сертифікатів)
renewal-price-amount = Сума
renewal-price-currency = Валюта
renewal-price-currency-hint = Три літери, наприклад UAH, PLN, EUR або ILS.
renewal-price-save = Зберегти ціну
renewal-price-saved = Ціну збережено: { $ca }, { $term }, { $amount }.
renewal-price-remove = Вилучити
renewal-price-remove-of = Вилучити ціну { $ca } на { $term }
renewal-price-removed = Ціну вилучено: { $ca }, { $term }.
renewal-phrase = Фраза для блокування телефоном (необов'язково)
renewal-phrase2 = Фраза ще раз
renewal-phrase-hint = Зберігається лише у сховищі облікових даних системи й більше не показується, доки ви не попросите.
renewal-phrase-mismatch = Фрази не збігаються.
renewal-phrase-stored = Фразу для блокування телефоном збережено у сховищі облікових даних системи.
renewal-cancel-rest = Скасувати решту
renewal-cancel-item = Скасувати
renewal-phrase-show = Показати фразу для блокування телефоном
renewal-phrase-hide = Сховати фразу
# Batch renewal: price list, phrase, cancelling.
error-renewal-amount-required = Введіть суму, наприклад 1234,50.
error-renewal-price-ca-required = Укажіть КНЕДП, якого стосується ціна.
error-renewal-invalid-amount = { $value } — не сума: запишіть її як 1234.50.
error-renewal-invalid-currency = { $value } — не код валюти: використовуйте три літери, наприклад UAH, PLN, EUR, ILS.
error-renewal-price-not-found = Для { $ca } немає ціни на { $term_years } роки.
error-renewal-phrase-missing = Парольної фрази для блокування телефоном поновлення { $id } немає у сховищі облікових даних.
error-renewal-item-not-found = Сертифікат { $id } не входить до поновлення { $run }.
error-portal-contractor-not-found = У цій компанії немає контрагента { $code }.
error-portal-contractor-code-taken = Ця компанія вже має контрагента з кодом { $code }.
error-portal-user-not-found = У цій компанії немає користувача порталу { $id }.
error-portal-missing = Не вказано { $field ->
        [code] код
        [login] логін
        [email] адресу електронної пошти
       *[other] ім'я
    }.
error-portal-invalid-email = { $value } не є адресою електронної пошти.
error-portal-unknown-language = { $value } не є мовою, якою пише SealDesk (en, pl, he, it, ru, uk).
error-portal-duplicate-login = Контрагент { $contractor } уже має логін { $login }.
error-portal-bad-header = Перший рядок має бути заголовком { $expected }.
error-portal-wrong-field-count = У рядку { $found } полів замість { $expected }.
error-portal-import-refused = Неправильних рядків у файлі: { $count }; нічого не імпортовано.
error-portal-not-csv = Файл не є текстом CSV в UTF-8.
error-portal-interrupted = Виконання перервано після надсилання сертифіката користувача порталу { $id }, тому його пароль втрачено. Надішліть цьому користувачеві новий сертифікат.
error-quota-reached = Досягнуто максимальної кількості чинних сертифікатів: чинних { $active }, квота { $quota }, потрібно ще { $wanted }. Нічого не випущено.
warning-renewal-start-close-to-expiry = Новий сертифікат для { $id } починає діяти { $date }, менш ніж за 2 дні до закінчення старого ({ $expiry }); податкова може не отримати повідомлення вчасно.
# Пошта: налаштування сервера вихідної пошти і перевірка з’єднання.
mail-settings-title = Сервер вихідної пошти
mail-not-configured = Сервер вихідної пошти ще не налаштовано. Налаштуйте його, щоб надсилати підписані документи електронною поштою.
mail-set-up = Налаштувати
mail-change = Змінити
mail-saved = Сервер вихідної пошти збережено.
mail-wizard-title = Вихідна пошта
mail-save = Зберегти
mail-step-sender-title = Відправник і сервер
mail-step-login-title = Вхід
mail-step-test-title = Перевірка і збереження
mail-from-address = Адреса відправника
mail-from-name = Ім’я відправника
mail-provider-detected = Для цієї адреси знайдено налаштування { $name }:
mail-provider-unknown = Цього провайдера немає в таблиці: введіть налаштування його сервера.
mail-server-source = Сервер
mail-use-detected = Використати ці налаштування
mail-manual = Ввести сервер вручну
mail-host = Сервер
mail-port = Порт
mail-security = Захист
mail-security-tls = TLS (шифрування від початку)
mail-security-starttls = STARTTLS (шифрування обов’язкове)
mail-security-none = Немає (без шифрування)
mail-auth = Спосіб входу
mail-auth-plain = Ім'я користувача і пароль (стандартно)
mail-auth-login = Ім'я користувача і пароль (старіший спосіб)
mail-auth-xoauth2 = Токен OAuth2
mail-auth-none = Без входу
mail-plain-warning = Без шифрування пароль і кожен лист передаються відкритим текстом: їх може прочитати будь-хто в мережі. Використовуйте це лише для ретранслятора у власній мережі.
mail-plain-confirm = Я розумію і хочу з’єднання без шифрування
mail-user = Ім’я користувача
mail-password = Пароль
mail-token = Токен OAuth2
mail-password-hint = Зберігається лише в системному сховищі паролів, ніколи у файлах SealDesk.
mail-password-saved-keep = Для цього входу збережено пароль; залиште поле порожнім, щоб його зберегти.
mail-password-saved = Збережено в системному сховищі паролів
mail-password-missing = Не знайдено в системному сховищі паролів: введіть його знову
mail-no-login = Цей сервер не потребує входу.
mail-bcc-self = Надсилати мені приховану копію кожного листа
mail-eml-dir = Тека для копій надісланих листів (.eml)
mail-eml-dir-hint = Необов’язково: кожен надісланий лист також зберігається там.
mail-ca-file = Додатковий сертифікат ЦС для цього сервера (PEM)
mail-ca-file-hint = Лише якщо ваш ІТ-відділ має власний центр сертифікації.
mail-test-hint = Перевірка підключається, входить і пропонує адресу відправника, нічого не надсилаючи.
mail-test-detail = Технічні подробиці (для підтримки)
mail-test-failed-warning = Перевірка не вдалася: з цими налаштуваннями SealDesk, найімовірніше, не зможе надсилати пошту. Виправте їх і перевірте знову або все одно збережіть, якщо сервер зараз недоступний із цього комп’ютера.
mail-save-failed-confirm = Зберегти ці налаштування, хоча перевірка не вдалася
mail-test = Перевірити з’єднання
mail-testing = Перевірка…
mail-step-dns = Крок: пошук сервера
mail-step-connect = Крок: підключення
mail-step-tls = Крок: захищене з’єднання
mail-step-auth = Крок: вхід
mail-step-sender = Крок: адреса відправника
mail-step-done = Усі кроки пройдено
validation-mail-host-required = Введіть ім’я сервера або виберіть знайдені налаштування.
validation-mail-plain-confirm = Підтвердьте з’єднання без шифрування або виберіть TLS чи STARTTLS.
validation-mail-test-failed-confirm = Перевірка з’єднання не вдалася. Виправте налаштування й перевірте знову або підтвердьте, що все одно хочете їх зберегти.
validation-mail-user-required = Введіть ім’я користувача.
validation-mail-password-required = Введіть пароль.
mail-note-app-password = Потрібен пароль застосунку: увімкніть двоетапну перевірку, потім створіть його в налаштуваннях безпеки облікового запису.
mail-note-oauth-only = Приймає лише вхід через OAuth2; звичайний пароль відхиляється.
mail-note-tenant-may-disable-smtp-auth = Адміністратор організації міг вимкнути вхід SMTP (сервер відповідає 535 5.7.139).
mail-note-enable-mail-programs = Спочатку увімкніть доступ для поштових програм у налаштуваннях веб-пошти.
mail-note-login-local-part = Логін — це частина адреси до знака @.
mail-note-login-user-id = Логін — це ідентифікатор, виданий провайдером, а не адреса.
mail-note-bridge-only = Proton Mail надсилає лише через Proton Mail Bridge на цьому комп’ютері (платні тарифи); використовуйте сервер, порт і пароль, які показує Bridge.
mail-note-pec-bcc-refused = Сертифікована пошта (PEC): листи з прихованими одержувачами відхиляються; підтвердженням надсилання є квитанції PEC.
mail-note-pec-mail-program-password = За двоетапного входу потрібен окремий пароль для поштових програм; він спливає кожні 3 місяці.
mail-note-rate-limited = Провайдер обмежує кількість листів на хвилину.
mail-note-no-automated-sending = Договір забороняє автоматичне надсилання без безпосередньої дії користувача.
mail-note-isp-relay-only = Старий ретранслятор інтернет-провайдера: працює лише з його власної мережі, без шифрування. Актуальні офіційні налаштування невідомі; запитайте провайдера.
mail-note-server-is-domain = Ім’я сервера — поштовий хост вашого домену, зазначений у панелі хостингу.

## Mail templates, outbox and sending a document by e-mail
tpl-title = Шаблони листів
tpl-intro = Текст листів, які надсилає SealDesk, за видами й мовами. Поля у фігурних дужках заповнюються для кожного листа.
tpl-kind = Лист
tpl-kind-signed-document = Підписаний документ
tpl-kind-portal-certificate = Файл сертифіката для порталу
tpl-kind-portal-password = Пароль сертифіката для порталу
tpl-kind-renewal-request = Заява на поновлення
tpl-language = Мова
tpl-customized = Використовується ваш власний текст.
tpl-default = Використовується типовий текст.
tpl-placeholders = Поля (натисніть, щоб вставити в позицію курсора)
tpl-insert = Вставити { $name }
tpl-subject = Тема
tpl-text = Текст
tpl-html = HTML (необов'язково)
tpl-html-hint = Залиште порожнім, щоб HTML було створено з тексту.
tpl-preview = Попередній перегляд
tpl-preview-title = Попередній перегляд із прикладами значень
tpl-save = Зберегти шаблон
tpl-reset = Повернути типовий текст
tpl-saved = Шаблон збережено.
tpl-reset-done = Типовий текст відновлено.
outbox-title = Вихідні
outbox-refresh = Оновити
outbox-send-now = Надіслати зараз
outbox-sending = Надсилання…
outbox-empty = Вихідних листів немає.
outbox-col-to = Одержувачі
outbox-col-subject = Тема
outbox-col-state = Стан
outbox-col-attempts = Спроби
outbox-col-next = Наступна спроба / надіслано
outbox-col-actions = Дії
outbox-state-queued = Очікує
outbox-state-sending = Надсилається
outbox-state-sent = Надіслано
outbox-state-failed = Помилка
outbox-state-cancelled = Скасовано
outbox-retry = Повторити
outbox-cancel = Скасувати
outbox-cancel-confirm = Скасувати надсилання «{ $subject }»? Повідомлення не буде надіслане, повернути його в чергу не можна.
outbox-cancel-yes = Скасувати надсилання
outbox-send-now-due = { $count ->
    [one] Надсилається { $count } повідомлення.
    [few] Надсилаються { $count } повідомлення.
   *[other] Надсилаються { $count } повідомлень.
}
outbox-send-now-none-due = Зараз надсилати нічого. Наступне повідомлення буде надіслане { $at }.
outbox-send-now-nothing = Немає повідомлень, що чекають на надсилання.
send-title = Надіслати { $name } електронною поштою
send-intro = Файл буде підписано сертифікатом { $signer } і поміщено до вихідних.
send-to = Адреса електронної пошти одержувача
send-to-hint = Кілька адрес можна розділити комами або крапками з комою.
send-name = Ім'я одержувача
send-language = Мова листа
send-smime = Підписати також сам лист (S/MIME)
send-large-warning = З цим файлом лист більший, ніж приймають багато поштових серверів; одержувач може його не отримати.
send-large-confirm = Усе одно надіслати
send-submit = Підписати й надіслати
send-busy = Підписання…
validation-send-to-required = Введіть адресу електронної пошти одержувача.
validation-send-name-required = Введіть ім'я одержувача.
docs-send = Надіслати поштою
docs-sent = { $name } підписано, він чекає у вихідних.
docs-open-outbox = Відкрити вихідні
send-intro-signed = Документ, підписаний сертифікатом { $signer }, буде поміщено до вихідних; ключ потрібен знову лише для підпису самого листа.
send-submit-signed = Надіслати
send-existing-legend = Що надіслати
send-existing-this = { $name } вже є: це цей документ, підписаний сертифікатом { $signer }.
send-existing-reuse = Надіслати цю підписану копію як є
send-existing-again = Підписати знову в новий файл
send-existing-other = { $name } вже є, але це не цей документ, підписаний сертифікатом { $signer }. Він залишається як є; нова підписана копія отримає іншу назву.
send-output-name = Назва файлу нової підписаної копії
send-output-name-hint = Її збережено в тій самій теці, що й документ.
audit-mail-queued = Лист { $id } поставлено в чергу
audit-mail-sent = Лист { $id } надіслано
audit-mail-retry = Лист { $id } знову поставлено на надсилання
audit-mail-cancelled = Лист { $id } скасовано
audit-mail-deferred = Лист { $id } ще не надіслано (спроба { $attempts })
audit-mail-failed = Не вдалося надіслати лист { $id } (спроба { $attempts })
audit-mail-outcome-unknown = Лист { $id }: надсилання було перервано
audit-mail-template-saved = Шаблон { $kind } ({ $language }) збережено
audit-mail-template-reset = Шаблон { $kind } ({ $language }) повернуто до типового тексту
