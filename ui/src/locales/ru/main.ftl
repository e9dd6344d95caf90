# Интерфейс SealDesk, русский язык.

app-name = SealDesk
app-tagline = Сертификаты для подписи, печать компании и подписанная почта на одном рабочем месте

## Языки (каждый записан на своём языке)

language-en = English
language-pl = Polski
language-he = עברית
language-it = Italiano
language-ru = Русский
language-uk = Українська

## Общие действия

action-back = Назад
action-next = Далее
action-cancel = Отмена
action-dismiss = Нет, вернуться
action-continue = Продолжить
action-close = Закрыть
action-retry = Повторить
action-lock = Заблокировать
action-print = Печать
action-save = Сохранить

## Навигация

nav-label = Главное меню
nav-identities = Профили подписи
nav-seal = Печать и сертификаты
nav-verify = Проверка
nav-documents = Документы
nav-mail = Почта
nav-renewal = Продление
nav-companies = Компании
nav-portal = Пользователи портала
nav-settings = Настройки
shell-signed-in = Вход выполнен
shell-actor-administrator = { $name }, администратор
shell-actor-operator = { $name } ({ $login })
shell-company = Компания

## Компании и операторы

companies-title = Компании
companies-intro = У каждой компании свои печати, сертификаты, настройки почты и история. Её операторы видят только эту компанию. Другую компанию открывают на боковой панели.
companies-intro-operator = Вы работаете только с этой компанией.
companies-col-code = Код
companies-col-name = Название
companies-col-country = Страна
companies-col-quota = Лимит
companies-col-active = Активные сертификаты
companies-col-actions = Действия
companies-quota-none = без лимита
companies-open = открыта сейчас
companies-add = Добавить компанию
companies-edit = Изменить
companies-edit-of = Изменить { $name }
company-dialog-add-title = Новая компания
company-dialog-edit-title = Компания { $code }
company-name = Название
company-code = Код
company-code-hint = От 1 до 32 латинских букв, цифр, «-» или «_». Портал читает его из сертификатов, поэтому позже его изменить нельзя.
company-code-fixed = Код изменить нельзя: он записан в сертификатах компании.
company-country = Страна (две буквы)
company-business-id = Идентификатор компании
company-business-id-hint = Необязательно. Проверяется по правилам страны прямо при вводе.
company-business-id-valid = Верно. В сертификатах: { $value }
company-language = Язык писем и документов компании
company-language-none = Не задан
company-quota = Лимит активных сертификатов
company-quota-hint = Оставьте пустым, чтобы не ограничивать. Учитываются только активные сертификаты.
company-cert-folder = Папка для копий выданных сертификатов
company-cert-folder-hint = Необязательно. Сюда кладётся копия каждого файла PKCS#12, выданного для этой компании.
company-monthly-folders = Копии во вложенной папке на каждый месяц (ГГГГ-ММ)
company-publication-url = Адрес публикации
company-publication-url-hint = Необязательно. Там публикуются сертификат печати и список отозванных сертификатов.
company-create = Добавить компанию
company-save = Сохранить
company-created = Компания { $code } ({ $name }) добавлена. Откройте её на боковой панели, чтобы добавить операторов.
company-saved = Компания { $code } ({ $name }) сохранена.
validation-quota-number = Введите лимит целым числом или оставьте поле пустым, чтобы не ограничивать.
operators-title = Операторы компании { $company }
operators-intro = Оператор входит со своим логином и паролем и работает только с этой компанией. Администратор входит как «admin».
operators-none = У этой компании пока нет операторов.
operators-col-login = Логин
operators-col-name = Имя
operators-col-state = Состояние
operator-active = Активен
operator-disabled = Отключён
operators-add = Добавить оператора
operator-dialog-title = Новый оператор компании { $company }
operator-login = Логин
operator-login-hint = Буквы, цифры, «.», «-», «_» или «@».
operator-name = Полное имя
operator-password = Пароль
operator-password-confirm = Повторите пароль
operator-add = Добавить оператора
operator-added = Оператор { $login } ({ $name }) добавлен. Он входит с этим логином и паролем.

portal-title = Пользователи портала подрядчиков
portal-intro = Сотрудники подрядчиков, которые получают сертификат по почте. Поиск идёт по логину, имени, e-mail и коду подрядчика.
portal-search = Поиск
portal-without-certificate = Только пользователи без действующего сертификата
portal-none = Пользователей портала пока нет. Добавьте подрядчика, затем его пользователей, или импортируйте их из файла CSV.
portal-none-found = Ни один пользователь портала не подходит.
portal-col-contractor = Подрядчик
portal-col-login = Логин
portal-col-name = Имя
portal-col-email = E-mail
portal-col-lang = Язык
portal-col-certificate = Сертификат
portal-col-state = Состояние
portal-col-actions = Действия
portal-cert-none = Пока нет
portal-cert-other = Недействителен
portal-user-disabled = Отключён
portal-user-add = Добавить пользователя
portal-user-add-title = Новый пользователь портала
portal-user-edit-title = Пользователь портала { $login }
portal-user-edit-of = Изменить { $login }
portal-user-save = Сохранить
portal-user-added = Пользователь портала { $login } добавлен.
portal-user-saved = Пользователь портала { $login } сохранён.
portal-user-disable = Отключить
portal-user-enable = Включить
portal-user-disabled-done = Пользователь портала { $login } отключён: новый сертификат ему не выпускается.
portal-user-enabled-done = Пользователь портала { $login } снова включён.
contractor-add = Добавить подрядчика
contractor-dialog-title = Новый подрядчик
contractor-code = Код
contractor-name = Название
contractor-business-id = ИНН (необязательно)
contractor-email = E-mail (необязательно)
contractor-added = Подрядчик { $code } ({ $name }) добавлен.
portal-import-title = Импорт из файла CSV
portal-import-intro = Первая строка называет столбцы: код подрядчика, название подрядчика, логин, имя, e-mail, язык. Уже существующий пользователь обновляется. Если хотя бы одна строка неверна, ничего не импортируется и перечисляется каждая неверная строка.
portal-import-file = Файл CSV
portal-import = Импорт CSV…
portal-import-done = Импортировано: новых { $created }, обновлено { $updated }, без изменений { $unchanged }.
portal-import-line = строка { $line }: { $problem }

## Мастер

wizard-step-of = Шаг { $current } из { $total }
wizard-steps-label = Ход мастера
wizard-summary = Проверьте перед завершением
wizard-working = Выполняется…
wizard-missing-title = Чтобы продолжить:

## Первый запуск

setup-title = Добро пожаловать в SealDesk
setup-intro = Этот компьютер будет хранить ваши ключи и сертификаты. Сначала выберите язык и создайте локального администратора, который разблокирует SealDesk.
setup-step-language = Язык
setup-step-admin = Администратор
setup-step-summary = Итог
setup-language-label = Язык SealDesk
setup-language-hint = Его можно изменить позже в настройках.
setup-admin-name = Ваше имя
setup-admin-password = Пароль
setup-admin-password-confirm = Повторите пароль
setup-admin-password-rule = Не менее { $min } символов. Этот пароль разблокирует SealDesk на этом компьютере.
setup-finish = Создать администратора
setup-summary-name = Администратор
setup-summary-language = Язык
setup-summary-password = Пароль
setup-summary-password-value = Задан, надёжность: { $strength }
setup-summary-recovery = После завершения SealDesk один раз покажет код восстановления. Это единственный способ войти, если вы забудете пароль.

validation-name-required = Введите ваше имя.
validation-password-short = Пароль должен содержать не менее { $min } символов.
validation-password-mismatch = Пароли не совпадают.
validation-day-invalid = Это не дата. Напишите её так: { $example }.
day-input-placeholder = ДД.ММ.ГГГГ

## Надёжность пароля

password-show = Показать пароль
strength-label = Надёжность
strength-0 = Очень слабый
strength-1 = Слабый
strength-2 = Средний
strength-3 = Надёжный
strength-4 = Очень надёжный
strength-hint-common = Это распространённый пароль; выберите то, что придёт в голову только вам.
strength-hint-pattern = Ряды клавиш, повторы и последовательности легко угадать.
strength-hint-dates = Даты и годы легко угадать.
strength-hint-word = Отдельные слова и имена легко угадать; добавьте ещё несколько не связанных слов.
strength-hint-short = Используйте пароль подлиннее, например несколько не связанных слов.
strength-weak-warning = Этот пароль слабый. Его можно использовать, но более надёжный лучше защитит ваши ключи.

## Код восстановления

recovery-title = Ваш код восстановления
recovery-intro = Запишите или распечатайте этот код и храните его отдельно от этого компьютера. SealDesk показывает его только сейчас.
recovery-code-label = Код восстановления
recovery-confirm = Я записал(а) код восстановления
recovery-enter-code = Код восстановления
recovery-new-password = Новый пароль
recovery-submit = Задать новый пароль
recovery-back-to-unlock = Вернуться к разблокировке

## Разблокировка

unlock-title = SealDesk заблокирован
unlock-greeting = С возвращением, { $name }.
unlock-login = Логин
unlock-password = Пароль
unlock-submit = Разблокировать
unlock-forgot = Забыли пароль?
unlock-locked-idle = SealDesk заблокировался после { $minutes ->
    [one] { $minutes } минуты
    [few] { $minutes } минут
    [many] { $minutes } минут
   *[other] { $minutes } минуты
} бездействия.
forgot-title = Сброс пароля
forgot-intro = Введите код восстановления, записанный при настройке SealDesk, и задайте новый пароль.

## Настройки

settings-title = Настройки
settings-language = Язык
settings-language-hint = Интерфейс меняется сразу. Даты и числа следуют языку.
settings-security = Безопасность
settings-idle-lock = Блокировать после стольких минут бездействия
settings-idle-lock-saved = Сохранено. SealDesk заблокируется после { $minutes ->
    [one] { $minutes } минуты
    [few] { $minutes } минут
    [many] { $minutes } минут
   *[other] { $minutes } минуты
} бездействия.
settings-backup = Резервная копия
settings-backup-intro = Создаёт согласованную копию данных SealDesk в папке резервных копий, пока вы продолжаете работать.
settings-backup-start = Создать копию сейчас
settings-backup-done = Резервная копия сохранена: { $path }
settings-backup-folder = Папка для резервной копии
settings-backup-folder-hint = Например, флешка или сетевая папка. Если поле пустое, копия сохраняется в папку резервных копий внутри папки данных.
settings-restore = Восстановление из копии
settings-restore-intro = Заменяет все данные SealDesk резервной копией, сделанной ранее.
settings-restore-file = Файл резервной копии
settings-restore-file-required = Выберите файл резервной копии для восстановления.
settings-restore-start = Восстановить…
settings-restore-confirm = Заменить текущие данные копией { $path }? Сначала текущие данные сохраняются в папку резервных копий, так что ничего не теряется. Затем SealDesk блокируется: разблокируйте его паролем администратора из копии.
settings-restore-yes = Восстановить копию
settings-about = О программе
settings-version = Версия
settings-data-dir = Папка данных
settings-schema = Версия схемы данных
settings-activity = Последние действия
settings-activity-empty = Пока ничего не записано.
settings-activity-when = Когда
settings-activity-who = Кто
settings-activity-what = Что

progress-label = Ход выполнения
progress-count = { $done } из { $total }
progress-cancelled = Отменено.

## Действия в журнале

audit-admin-created = Создан администратор
audit-admin-unlocked = Разблокировано
audit-admin-unlock-failed = Введён неверный пароль
audit-admin-recovered = Пароль сброшен кодом восстановления
audit-admin-recovery-failed = Введён неверный код восстановления
audit-company-created = Добавлена компания { $code }: { $name }
audit-company-updated = Изменены данные компании: { $name }
audit-operator-added = Добавлен оператор { $login }: { $name }
audit-operator-signed-in = Выполнен вход
audit-operator-sign-in-failed = Введён неверный пароль
audit-settings-changed = { $key ->
    [idle_lock_minutes] Блокировка при бездействии: через { $value } мин
    [language] Язык изменён ({ $value })
    [pkcs11_module] Выбран драйвер токена: { $value }
    [first_steps_hidden] { $value ->
        [true] Подсказка «Первые шаги» скрыта
       *[other] Подсказка «Первые шаги» снова показана
    }
   *[other] Изменена настройка
}
audit-store-backed-up = Создана резервная копия данных
audit-store-restored = Данные восстановлены из резервной копии { $path }
audit-key-generated = Создан ключ: { $algorithm }, { $location }
audit-seal-created = Создана печать компании { $id }: { $organization }, { $years ->
        [one] { $years } год
        [few] { $years } года
        [many] { $years } лет
       *[other] { $years } года
    }
audit-seal-revoked = Печать компании { $id } отозвана
audit-seal-crl-published = Опубликован список отзыва № { $number } печати { $id }
audit-cert-issued = Печать { $seal } выпустила сертификат { $id } ({ $profile })
audit-cert-revoked = Сертификат { $id } отозван ({ $reason })
audit-cert-imported = Сертификаты импортированы
audit-cert-exported-with-key = Сертификат { $id } экспортирован вместе с закрытым ключом (PKCS#12, { $profile })
audit-document-signed = Документ { $file } подписан сертификатом { $certificate }
audit-cert-state-changed = Состояние сертификата { $id }: { $state }
audit-cert-trusted = Сертификат { $id } отмечен как доверенный
audit-cert-untrusted = Сертификат { $id } больше не доверенный
audit-identity-registered = Зарегистрирован профиль подписи { $id }: { $signer_name }, { $business_name } ({ $identifier })
audit-identity-selected = Профиль подписи { $id } выбран для подписи
audit-identity-certificate-attached = Сертификат { $certificate } прикреплён к профилю подписи { $id }
audit-identity-removed = Профиль подписи { $id } ({ $signer }) удалён; его ключ и сертификат сохранены
audit-renewal-planned = Запланировано продление № { $run }
audit-renewal-formed = Подготовлен запрос на продление сертификата { $certificate }
audit-renewal-sent = Отправлен запрос на продление сертификата { $certificate }
audit-renewal-receipt = Записано подтверждение № { $receipt } продления сертификата { $certificate }
audit-renewal-card = Подписана карта присоединения для продления сертификата { $certificate }
audit-renewal-installed = Продлённый сертификат { $new_certificate } установлен вместо сертификата { $certificate }
audit-renewal-cancelled = Продление сертификата { $certificate } отменено
audit-renewal-notification = Записано уведомление о продлении № { $run } ({ $certificates ->
        [one] { $certificates } сертификат
        [few] { $certificates } сертификата
       *[other] { $certificates } сертификатов
    })
audit-renewal-price-set = Задана цена продления: { $ca }, { $term_years ->
        [one] { $term_years } год
        [few] { $term_years } года
       *[other] { $term_years } лет
    }
audit-renewal-price-removed = Удалена цена продления: { $ca }, { $term_years ->
        [one] { $term_years } год
        [few] { $term_years } года
       *[other] { $term_years } лет
    }
audit-contractor-added = Добавлен контрагент { $code }
audit-portal-user-added = Добавлен пользователь портала { $login } контрагента { $contractor }
audit-portal-user-changed = Изменён пользователь портала { $id }
audit-portal-user-disabled = Отключён пользователь портала { $id }
audit-portal-user-enabled = Снова включён пользователь портала { $id }
audit-portal-user-imported = Импортированы пользователи портала: добавлено { $created }, изменено { $updated }, без изменений { $unchanged }
audit-portal-certificate-sent = Сертификат портала { $certificate } отправлен пользователю портала { $user }
audit-unknown = Записано другое действие
audit-actor-administrator = Администратор

## Печать и сертификаты

pki-tab-seals = Печать компании
pki-tab-certificates = Сертификаты
pki-loading = Загрузка…
pki-saved-to = Сохранено: { $path }
action-copy = Копировать
copy-done = Скопировано.
copy-failed = Не удалось скопировать. Выделите текст и скопируйте его вручную.
file-choose = Выбрать…

## Отметки состояния и срок действия

badge-current = Текущая
badge-valid = Действует
badge-expiring = Скоро истекает
badge-expired = Истёк
badge-revoked = Отозван
badge-superseded = Заменён
badge-not-yet-valid = Ещё не действует
badge-seal-superseded = Заменена
badge-seal-expired = Истекла
badge-seal-revoked = Отозвана
badge-seal-not-yet-valid = Ещё не действует
badge-invalid = { $reason ->
    [seal-revoked] Недействителен: печать отозвана
    [seal-not-yet-valid] Недействителен: печать ещё не действует
   *[seal-expired] Недействителен: срок печати истёк
}
days-left = { $days ->
    [0] истекает сегодня
    [one] остался { $days } день
    [few] осталось { $days } дня
    [many] осталось { $days } дней
   *[other] осталось { $days } дня
}
days-ago = { $days ->
    [0] истёк сегодня
    [one] истёк { $days } день назад
    [few] истёк { $days } дня назад
    [many] истёк { $days } дней назад
   *[other] истёк { $days } дня назад
}

## История печатей

seal-title = Печать компании
seal-intro = Печать — это собственный удостоверяющий центр компании. Она выпускает сертификаты для подписи и для пользователей портала; когда срок её действия истекает или её отзывают, все выпущенные ею сертификаты становятся недействительными.
seal-none = У компании ещё нет печати.
seal-new = Новая печать
seal-history = История печатей
seal-col-organization = Организация
seal-col-status = Состояние
seal-col-valid-until = Действует до
seal-col-actions = Действия
seal-export-pem = Экспорт PEM
seal-export-der = Экспорт DER
seal-export-title = Сохранить сертификат печати
seal-revoke = Отозвать
seal-revoke-confirm = Отозвать печать { $id } компании { $organization }? Все выпущенные ею сертификаты сразу станут недействительными. Это действие нельзя отменить.
seal-revoke-yes = Отозвать печать
seal-revoked = Печать { $id } отозвана. Выпущенные ею сертификаты больше не действуют.
seal-created = Создана печать { $id } для { $organization }.
seal-expiring-warning = { $days ->
    [0] Срок текущей печати истекает сегодня. Создайте новую печать: выпущенные ею сертификаты становятся недействительными, когда истекает её срок.
    [one] Срок текущей печати истекает через { $days } день. Создайте новую печать вовремя: выпущенные ею сертификаты становятся недействительными, когда истекает её срок.
    [few] Срок текущей печати истекает через { $days } дня. Создайте новую печать вовремя: выпущенные ею сертификаты становятся недействительными, когда истекает её срок.
   *[other] Срок текущей печати истекает через { $days } дней. Создайте новую печать вовремя: выпущенные ею сертификаты становятся недействительными, когда истекает её срок.
}

## Мастер новой печати

seal-wizard-title = Новая печать компании
seal-step-key = Ключ
seal-step-organization = Организация
seal-step-validity = Срок действия
seal-step-summary = Сводка
seal-finish = Создать печать
key-mode = Откуда берётся ключ
key-mode-new-file = Создать новый файл ключа
key-mode-new = Создать новый ключ
key-mode-existing = Использовать ключ, зарегистрированный в SealDesk
key-algorithm = Алгоритм ключа
key-algorithm-ec-p256 = EC P-256 (рекомендуется)
key-algorithm-ec-p384 = EC P-384
key-algorithm-rsa-2048 = RSA 2048 (только если этого требует политика УЦ)
key-algorithm-rsa-3072 = RSA 3072
key-algorithm-rsa-4096 = RSA 4096
key-algorithm-rsa-2048-note = RSA 2048 больше не подходит для квалифицированных подписей в ЕС. Выбирайте его, только если этого требует политика удостоверяющего центра.
key-file = Файл ключа
key-file-dialog-title = Куда сохранить новый файл ключа
key-file-hint = Всегда новый файл: существующий файл никогда не заменяется. Храните его копию в надёжном месте.
key-password = Пароль ключа
key-password-confirm = Повторите пароль ключа
key-password-hint = Шифрует файл ключа. SealDesk его не хранит: без него ключом нельзя воспользоваться.
key-id = Номер ключа
key-id-hint = Номер ключа, зарегистрированного в SealDesk, например командой «sealdesk key generate».
key-location = Где находится ключ
key-location-file = В файле ключа (пароль)
key-location-token = На токене (PIN-код)
key-secret-password = Пароль файла ключа
token-pin = PIN-код токена «{ $label }»
token-pin-unknown = PIN-код токена
token-pin-hint = После нескольких неверных PIN-кодов токен блокируется: вводите внимательно.
seal-org-name = Название организации
seal-org-id = Идентификатор организации
seal-org-id-hint = Национальный номер (в России ИНН, например 7707083893) или запись по ETSI EN 319 412-1 (VATRU-7707083893). Он проверяется по мере ввода.
seal-org-id-valid = Верно. В печати: { $value }
seal-country = Страна (две буквы)
seal-years = Сколько действует печать
seal-years-option = { $years ->
    [one] { $years } год
    [few] { $years } года
    [many] { $years } лет
   *[other] { $years } года
}
seal-years-hint = Обычно три года. Сертификат, выпущенный печатью, никогда не действует дольше неё.
seal-summary-key = Ключ
seal-summary-key-existing = Зарегистрированный ключ № { $id }
seal-summary-organization = Организация
seal-summary-note = Новая печать заменяет текущую, если она есть. Сертификаты, выпущенные старой печатью, действуют, пока не истечёт их срок или срок старой печати.

validation-key-path-required = Выберите, куда сохранить файл ключа.
validation-key-password-required = Введите пароль для файла ключа.
validation-key-id-required = Введите номер зарегистрированного ключа.
validation-secret-required = Введите пароль или PIN-код ключа.
validation-org-name-required = Введите название организации.
validation-org-id-required = Введите идентификатор организации, например NTRRU-7707083893.
validation-country-required = Введите двухбуквенный код страны, например RU.
validation-common-name-required = Введите имя владельца.
validation-portal-fields-required = Для сертификата пользователя портала нужны код компании и логин.
validation-days-range = Выберите срок от 1 до { $max } дней.
validation-seal-secret-required = Введите пароль или PIN-код ключа печати.
validation-file-required = Выберите файл для записи.

## Список сертификатов

certs-title = Сертификаты
certs-search = Поиск по имени или издателю
certs-expiring = Истекают в течение (дней)
certs-expiring-any = любой срок
certs-issue = Выпустить сертификат
certs-csr = Запрос на сертификат (CSR)
certs-empty = Подходящих сертификатов нет.
certs-col-subject = Владелец
certs-col-valid-until = Действует до
certs-col-status = Состояние
certs-open = Подробно
certs-page = Строки { $from }–{ $to }
certs-previous = Предыдущая страница
certs-next = Следующая страница
certs-issued = Выпущен сертификат { $id }: { $name }.
certs-issued-key = Новый ключ хранится в зашифрованном виде в { $path }.
certs-no-seal = Нет действующей печати компании. Создайте новую печать, чтобы выпускать сертификаты.

## Выпуск

issue-title = Выпуск сертификата
issue-seal = Выпускает печать компании { $organization } (№ { $id }).
issue-profile = Профиль
issue-profile-signing = Подпись документов
issue-profile-portal-user = Пользователь портала (вход и защита почты)
issue-name = Имя владельца
issue-email = Эл. почта
issue-country = Страна (две буквы)
issue-company-code = Код компании
issue-login = Логин на портале
issue-days = Срок действия в днях
issue-days-hint = Не более { $max } дней и никогда дольше срока печати.
issue-key = Ключ владельца
issue-seal-key = Ключ печати
issue-seal-secret = Пароль файла ключа печати
issue-submit = Выпустить

## Запрос на сертификат

csr-title = Запрос на сертификат для УЦ
csr-intro = Создаёт запрос PKCS#10, подписанный зарегистрированным ключом, для отправки во внешний удостоверяющий центр.
csr-common-name = Имя (CN)
csr-organization = Организация (O)
csr-serial-number = Идентификационный номер лица
csr-file = Файл запроса
csr-file-hint = Записывается в формате PEM; существующий файл никогда не заменяется.
csr-dialog-title = Куда сохранить запрос
csr-submit = Создать запрос
csr-done = Запрос записан в { $path }.

## Сведения о сертификате

detail-title = Сертификат { $id }
detail-back = Назад к списку
detail-subject = Владелец
detail-certificate = Сертификат
detail-issuer = Издатель
detail-serial = Серийный номер
detail-valid-from = Действует с
detail-valid-until = Действует до
detail-sha256 = Отпечаток SHA-256
detail-sha1 = Отпечаток SHA-1
detail-key-usage = Использование ключа
detail-extended-key-usage = Расширенное использование ключа
detail-emails = Адреса эл. почты
detail-key = Закрытый ключ
detail-key-none = SealDesk его не хранит
detail-key-token = На токене «{ $token }», объект «{ $object }»
detail-chain = Цепочка
detail-pem = PEM
detail-revoke = Отозвать…
detail-revoke-reason = Причина
detail-revoke-confirm = Отозвать сертификат { $id }? Это действие нельзя отменить.
detail-revoke-yes = Отозвать сертификат
detail-revoked = Сертификат { $id } отозван.
detail-trusted = Доверенный корневой
detail-trusted-yes = Да: подписи, ведущие к нему, проходят проверку
detail-trusted-no = Нет
detail-trust = Доверять этому корневому сертификату…
detail-trust-confirm = Доверять { $subject } как корневому сертификату? Тогда каждая подпись, ведущая к нему, будет проходить проверку. Делайте это, только если этот отпечаток SHA-256 в точности совпадает с тем, что удостоверяющий центр сообщил вам по другому каналу: { $fingerprint }
detail-trust-yes = Отпечаток совпадает: доверять
detail-trust-done = Сертификат { $id } теперь доверенный корневой.
detail-untrust = Перестать доверять…
detail-untrust-confirm = Перестать доверять { $subject }? Подписи, ведущие только к нему, больше не будут проходить проверку.
detail-untrust-yes = Перестать доверять
detail-untrust-done = Сертификат { $id } больше не доверенный.
revoke-reason-unspecified = Причина не указана
revoke-reason-key-compromise = Ключ утерян или украден
revoke-reason-affiliation-changed = Изменились данные владельца
revoke-reason-superseded = Заменён новым сертификатом
revoke-reason-cessation-of-operation = Владелец ушёл или услуга прекращена
attr-common-name = Имя (CN)
attr-organization = Организация (O)
attr-organizational-unit = Подразделение или код компании (OU)
attr-country = Страна (C)
attr-locality = Населённый пункт (L)
attr-state = Регион (ST)
attr-surname = Фамилия (SN)
attr-given-name = Имя
attr-title = Должность
attr-serial-number = Идентификационный номер
attr-organization-identifier = Идентификатор организации
attr-user-id = Логин (UID)
attr-email = Эл. почта

## Проблемы при запуске

startup-error-title = SealDesk не может открыть свои данные
startup-error-intro = Ничего не изменено. Подробности:

## Ошибки (по одной на каждый постоянный код; код «a.b-c» — сообщение «error-a-b-c»)

error-store-in-use = Данные SealDesk используются другим окном или командой SealDesk. Закройте их или подождите немного и повторите.
error-store-schema-too-new = Эти данные записаны более новой версией SealDesk (версия формата { $found }; эта программа знает версии до { $known }). Установите более новый SealDesk.
error-store-corrupt = Файл { $path } повреждён или не является хранилищем SealDesk. Он оставлен без изменений.
error-store-backup-invalid = Файл { $path } не является читаемой резервной копией SealDesk. Ничего не восстановлено, данные не изменились.
error-store-read-only = Данные SealDesk доступны этому пользователю только для чтения: их файл или папка защищены от записи. Чтобы что-то изменить, запросите право записи в папку данных.
error-store-disk-full = Диск с данными SealDesk заполнен. Ничего не изменено; освободите место и повторите.
error-store-missing = В { $path } ещё нет данных SealDesk. Сначала настройте SealDesk.
error-store-no-data-dir = Для этого пользователя неизвестна папка данных приложений. Укажите папку данных явно.
error-io = Не удалось прочитать или записать { $path }. Проверьте, подключён ли диск, и повторите.
error-io-disk-full = Диск заполнен: не удалось записать { $path }. Недописанных файлов не осталось; освободите место и повторите.
error-io-not-found = { $path } не существует. Проверьте имя и папку.
error-io-permission-denied = Нет прав на использование { $path }. Выберите другое место или обратитесь к тому, кто обслуживает этот компьютер.
error-io-read-only = { $path } находится на диске только для чтения. Выберите другое место.
error-io-not-a-folder = { $path } — не папка. Укажите папку.
error-io-not-text = { $path } — не текстовый файл. Выберите нужный файл.
error-secrets-locked = Системное хранилище паролей ({ $store }) не ответило вовремя: вероятно, оно заблокировано. Разблокируйте его и повторите.
error-store-database = Непредвиденная ошибка базы данных: { $detail }
error-admin-already-initialized = SealDesk уже настроен в этой папке данных.
error-admin-not-initialized = SealDesk ещё не настроен. Сначала создайте администратора.
error-admin-password-too-short = Пароль должен содержать не менее { $min } символов.
error-admin-name-required = Введите имя.
error-admin-wrong-password = Неверный пароль. Повторить можно через { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунды
    [many] { $seconds } секунд
   *[other] { $seconds } секунды
}.
error-admin-wrong-recovery-code = Неверный код восстановления. Повторить можно через { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунды
    [many] { $seconds } секунд
   *[other] { $seconds } секунды
}.
error-admin-throttled = Слишком много неверных попыток. Подождите { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунды
    [many] { $seconds } секунд
   *[other] { $seconds } секунды
} и повторите.
error-auth-required = Для этого нужен пароль оператора { $login }.
error-auth-wrong-password = Неверный логин или пароль. Повторить можно через { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунды
    [many] { $seconds } секунд
   *[other] { $seconds } секунды
}.
error-auth-throttled = Слишком много неверных попыток. Подождите { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунды
    [many] { $seconds } секунд
   *[other] { $seconds } секунды
} и повторите.
error-auth-operator-disabled = Оператор { $login } отключён и не может войти.
error-auth-administrator-only = Это может сделать только администратор.
error-company-not-found = Компании { $code } нет.
error-company-code-taken = У другой компании уже есть код { $code }. Выберите другой код.
error-company-invalid-code = «{ $code }» не может быть кодом компании: используйте от 1 до 32 латинских букв, цифр, «-» или «_».
error-company-name-required = Введите название компании.
error-company-quota-below-active = Лимит { $quota } меньше числа уже активных сертификатов ({ $active }). Укажите не меньше { $active } или оставьте поле пустым.
error-operator-login-taken = Логин { $login } уже занят. Выберите другой.
error-operator-invalid-login = «{ $login }» не может быть логином: используйте от 1 до 64 букв, цифр, «.», «-», «_» или «@».
error-session-locked = SealDesk заблокирован. Войдите снова.
error-settings-unsupported-language = Язык «{ $tag }» недоступен.
error-settings-idle-lock-out-of-range = Выберите значение от { $min } до { $max } минут.
error-key-unsupported-algorithm = Неизвестный алгоритм ключа «{ $name }». Используйте ec-p256, ec-p384, rsa-2048, rsa-3072 или rsa-4096.
error-key-generation-failed = Не удалось создать ключ { $algorithm }.
error-key-file-exists = { $path } уже существует и оставлен без изменений. Выберите другое имя файла.
error-key-password-required = Файлу ключа нужен пароль.
error-key-wrong-password = Этот пароль не открывает файл ключа { $path }.
error-key-file-invalid = { $path } не является зашифрованным закрытым ключом (PKCS#8).
error-key-unsupported-private-key = Закрытый ключ не того типа, который использует SealDesk (EC P-256, EC P-384, RSA 2048, 3072 или 4096).
error-key-signing-failed = Не удалось подписать: { $detail }
error-key-not-found = В SealDesk нет ключа с номером { $id }.
error-key-secret-kind = { $location ->
    [token] Ключ { $id } находится на токене: введите его PIN, а не пароль.
   *[other] Ключ { $id } хранится в файле: введите его пароль, а не PIN.
}
error-token-module-not-set = Не выбран драйвер токена (модуль PKCS#11). Укажите в настройках библиотеку, поставляемую с токеном.
error-token-module-load = Не удалось загрузить драйвер токена { $module }: { $detail }. Проверьте путь и соответствие этому компьютеру (64 бита).
error-token-not-found = Токен с меткой «{ $label }» не подключён. Вставьте его или проверьте метку.
error-token-wrong-pin = Неверный PIN. Внимание: после нескольких неверных попыток токен блокируется.
error-token-pin-locked = PIN токена заблокирован после слишком многих неверных попыток. Разблокируйте его программой токена и PIN администратора (SO PIN).
error-token-key-not-found = Ключа «{ $label }» нет на токене. Вставлен ли нужный токен?
error-token-failure = Ошибка токена при операции «{ $operation }»: { $detail }
error-pkcs12-wrong-password = Пароль не подходит к этому файлу PKCS#12 (.p12/.pfx).
error-pkcs12-invalid = Это не читаемый файл PKCS#12 (.p12/.pfx): { $detail }
error-pkcs12-password-unsupported = Пароль PKCS#12 не может содержать эмодзи и другие редкие символы (вне базовой многоязычной плоскости Unicode). Выберите другой пароль.
error-pkcs12-password-required = Файлу PKCS#12 (.p12/.pfx) нужен пароль: укажите непустой пароль.
error-csr-invalid = Это не пригодный запрос на сертификат (PKCS#10): { $detail }
error-cert-invalid = Это не читаемый сертификат: { $detail }
error-cert-nothing-to-import = В файле { $path } нет сертификата.
error-cert-key-mismatch = Закрытый ключ не принадлежит этому сертификату.
error-cert-not-found = В SealDesk нет сертификата с номером { $id }.
error-cert-already-revoked = Сертификат { $id } уже отозван.
error-cert-not-issued-by-seal = Сертификат { $id } выпущен не печатью компании, поэтому SealDesk не может его отозвать.
error-cert-fingerprint-mismatch = Указанный отпечаток не совпадает с отпечатком SHA-256 сертификата { $id }. Сверьте его ещё раз с отпечатком, полученным от удостоверяющего центра; доверие не установлено.
error-cert-trust-not-ca = Сертификат { $id } не является сертификатом удостоверяющего центра, поэтому ему нельзя доверять как корневому.
error-cert-seal-always-trusted = Сертификат { $id } — печать компании: ему доверяют, пока он существует.
error-cert-signature-invalid = Подпись сертификата { $subject } не проходит проверку: сертификат изменён или повреждён. Ничего не импортировано.
error-seal-not-found = Печати компании с номером { $id } нет.
error-seal-not-usable = Печать компании { $id } не может выпускать сертификаты: { $reason ->
    [expired] срок её действия истёк. Создайте новую печать.
    [revoked] она отозвана. Создайте новую печать.
    [superseded] её заменила более новая печать. Используйте текущую печать.
    [not-yet-valid] она ещё не действует.
   *[other] { $reason }.
}
error-pki-field-required = Заполните поле { $field }.
error-pki-field-too-long = Поле { $field } может содержать не более { $max } символов.
error-pki-field-invalid-character = Поле { $field } содержит управляющий символ или символ смены направления текста, из-за которого имя может выглядеть как другое.
error-pki-invalid-country = «{ $value }» — не двухбуквенный код страны, например UA, PL, IL или IT.
error-pki-invalid-org-id = «{ $value }» — не идентификатор организации. Укажите тип (VAT, NTR, PSD или LEI), страну и номер, например VATPL-5260250274 или NTRUA-14360570.
error-pki-invalid-email = «{ $value }» — не адрес электронной почты.
error-pki-validity-out-of-range = { $unit ->
    [years] Выберите срок действия от { $min } до { $max } лет.
   *[other] Выберите срок действия от { $min } до { $max } дней.
}
error-pki-unknown-profile = Неизвестный профиль сертификата «{ $name }». Используйте signing или portal-user.
error-pki-portal-user-fields = Для сертификата пользователя портала нужны код компании и логин.
error-pki-generation-failed = Не удалось создать сертификат: { $detail }
error-pki-unknown-export-format = { $path }: имя файла должно оканчиваться на .pem для PEM или на .cer, .der или .crt для DER.
error-io-file-exists = Файл { $path } уже существует и оставлен без изменений. Выберите другое имя файла.
error-io-not-a-regular-file = { $path } — не обычный файл (это папка, устройство или канал). Укажите файл.
error-io-file-too-large = Файл { $path } больше { $limit } байт — больше, чем может быть файл такого рода. Проверьте, тот ли это файл.
error-io-missing = Файла { $path } нет: его переместили, переименовали или удалили, либо имя набрано с ошибкой.
error-io-unreadable = Файл { $path } есть, но его не удаётся открыть для чтения. Проверьте, есть ли у вас доступ к нему, или обратитесь к тому, кто управляет этим компьютером.
error-key-not-exportable = Ключ сертификата { $id } находится на токене и не может его покинуть. Для файла PKCS#12 нужен ключ, хранящийся в файле.
error-cert-no-key = SealDesk не хранит закрытый ключ сертификата { $id }.
error-cancelled = Отменено.
error-id-invalid-format = { $value } — не номер { $kind } ({ $country }): неверная длина или символы. Сверьте его с регистрационным документом.
error-id-invalid-checksum = { $value } — недействительный номер { $kind } ({ $country }): контрольная цифра не совпадает, обычно это опечатка. Проверьте каждую цифру.
error-id-unknown-kind = SealDesk не знает идентификатора { $kind } для страны { $country }.
error-id-not-an-organization = { $value } — { $kind } физического лица ({ $country }), а не идентификатор организации. Введите номер самой организации.

# Signing identities
error-identity-not-found = Профиля подписи { $id } нет.
error-identity-password-too-short = Пароль подписи должен содержать не меньше { $min } символов.
error-identity-awaiting-certificate = У профиля подписи { $id } ещё нет сертификата. Прикрепите сертификат, который удостоверяющий центр прислал в ответ на запрос.
error-identity-certificate-not-valid = Профиль подписи { $id } не может подписывать: его сертификат { $status ->
    [expired] истёк
    [not-yet-valid] ещё не действует
    [revoked] отозван
   *[issuer-invalid] недействителен, потому что выдавшая его печать истекла или отозвана
}. Выберите другой профиль или продлите сертификат.
error-identity-certificate-mismatch = В файле нет сертификата для ключа профиля подписи { $id }: это ответ на другой запрос.

error-sign-certificate-not-usable = Сертификат { $id } не может подписывать: { $status ->
    [expired] срок его действия истёк
    [not-yet-valid] он ещё не действует
    [revoked] он отозван
   *[issuer-invalid] он недействителен, потому что печать, выдавшая его, истекла или отозвана
}. Выберите другой сертификат или продлите этот.
error-cli-usage = Неверное использование команды: { $detail }
error-cli-secret-file = Не удалось прочитать секрет из { $source }: { $detail }
error-cli-secret-file-open = Файл { $path } могут читать другие пользователи этого компьютера, поэтому секрет в нём не защищён. Оставьте доступ только себе (chmod 600 { $path }).
error-general-worker-failed = Операция неожиданно прервалась: { $detail }
error-unknown = Произошла непредвиденная ошибка. Повторите попытку; если она повторяется, перезапустите SealDesk.
error-desktop-no-file-manager = Не удалось открыть папку: ни один файловый менеджер не ответил. Файл: { $path }.

# Importing and exporting certificate files
certs-import = Импорт…
import-title = Импорт сертификатов
import-intro = Сертификат или цепочка в формате PEM или DER (.pem, .crt, .cer, .der) либо файл PKCS#12 (.p12, .pfx) с закрытым ключом.
import-file = Файл для импорта
import-dialog-title = Выберите файл сертификата для импорта
import-password = Пароль файла PKCS#12
import-password-hint = Закрытый ключ из файла хранится в SealDesk, зашифрованный тем же паролем.
import-submit = Импортировать
import-done = { $count ->
    [one] Импортирован { $count } сертификат.
    [few] Импортировано { $count } сертификата.
    [many] Импортировано { $count } сертификатов.
   *[other] Импортировано { $count } сертификата.
}
import-nothing-new = { $count ->
    [one] Сертификат из этого файла уже есть в SealDesk; ничего нового не добавлено.
   *[other] Все сертификаты из этого файла ({ $count }) уже есть в SealDesk; ничего нового не добавлено.
}
import-key-added = Сертификаты уже были в SealDesk; добавлен их закрытый ключ.
import-col-issuer = Издатель
import-with-key = с закрытым ключом
file-filter-certificate-files = Сертификаты и PKCS#12
file-filter-certificates = Сертификаты (PEM, DER)
file-filter-pkcs12 = PKCS#12 (сертификат с ключом)
file-filter-pem = Сертификат PEM
file-filter-der = Сертификат DER
validation-import-file-required = Выберите файл для импорта.
validation-import-password-required = Введите пароль файла PKCS#12.
detail-export = Экспорт…
export-title = Экспорт сертификата { $id }
export-format = Что экспортировать
export-format-pem = Только сертификат, в формате PEM (.pem)
export-format-der = Только сертификат, в формате DER (.cer), который открывает Windows
export-format-pkcs12 = Сертификат с закрытым ключом и цепочкой, в формате PKCS#12 (.p12)
export-token-note = Закрытый ключ находится на токене и не может его покинуть, поэтому экспортировать можно только сертификат.
export-file = Файл
export-dialog-title = Сохранить сертификат как
export-key-password = Пароль файла закрытого ключа
export-submit = Экспортировать
export-done = Сохранено в { $path }.
validation-export-key-password-required = Введите пароль файла закрытого ключа.
validation-pkcs12-password-required = Введите пароль для файла PKCS#12.
p12-password = Пароль для файла PKCS#12
p12-password-confirm = Повторите пароль PKCS#12
p12-password-hint = Этот пароль нужен каждому, кто открывает файл. Передайте его иным путём, чем сам файл.
p12-legacy = Совместимо со старыми Windows (3DES/SHA-1, слабее)
p12-legacy-warning = Более слабая защита: выбирайте её только для устройства, которое не принимает вариант по умолчанию, например Windows Server 2016 или старше.
issue-p12 = Также сохранить как PKCS#12 (.p12) с ключом и цепочкой
issue-p12-file = Файл PKCS#12
issue-p12-dialog-title = Сохранить файл PKCS#12 как
issue-p12-token-note = Ключ на токене не может его покинуть, поэтому файл PKCS#12 с ним создать нельзя.
certs-issued-p12 = Файл PKCS#12 записан в { $path }.

## Documents: signing
docs-sign-title = Подписание документов
docs-sign-intro = PDF подписываются внутри файла (PAdES); любой другой файл получает рядом отдельный файл подписи (.p7s). Оригиналы никогда не изменяются.
docs-no-certificate = Пока нет сертификата для подписи. Выпустите его печатью компании или импортируйте сертификат с ключом на экране «Печать и сертификаты».
docs-drop-hint = Перетащите файлы сюда или выберите их.
docs-pick = Выбрать файлы…
docs-pick-title = Файлы для подписи
docs-path = Или введите полный путь к файлу
docs-add = Добавить
docs-remove = Убрать { $name } из списка
docs-remove-short = Убрать
docs-file-left-out = Этот файл не будет подписан.
docs-sign-with = Подписать сертификатом
docs-valid-until = действует до { $date }
docs-active-identity = активный профиль
docs-key-password = Пароль ключа подписи
docs-sign = { $count ->
    [one] Подписать { $count } файл
    [few] Подписать { $count } файла
   *[many] Подписать { $count } файлов
}
docs-stop = Остановить после этого файла
docs-progress = Подписание
docs-summary = Подписано: { $signed }. С ошибкой: { $failed }. Не подписано из-за остановки: { $stopped }.
docs-col-file = Файл
docs-col-result = Результат
docs-show = Показать в папке
docs-format-pades = Подписанный PDF (PAdES)
docs-checked-valid = проверено: действительна
docs-checked-valid-with-warnings = проверено: действительна, с замечанием
docs-checked-invalid = проверено: НЕДЕЙСТВИТЕЛЬНА
docs-checked-unsigned = проверено: подписи нет
docs-format-cades = Файл подписи (.p7s)
# Signing identities (screen and wizard)
first-steps-title = Первые шаги
first-steps-intro = Настройте SealDesk в этом порядке. Каждый шаг отмечается, как только он выполнен.
first-steps-hide = Скрыть руководство
first-steps-done = Готово
first-steps-todo = Ещё не сделано
first-steps-authority = Печать компании или внешний удостоверяющий центр
first-steps-authority-hint = Печать (или удостоверяющий центр вне SealDesk) заверяет сертификаты для подписи, поэтому она идёт первой.
first-steps-identity = Профиль подписи
first-steps-identity-hint = Ваша компания и человек, который подписывает от её имени, с ключом и сертификатом.
first-steps-mail = Почтовый сервер
first-steps-mail-hint = Сервер исходящей почты, который отправляет подписанные документы и уведомления.
first-steps-sign = Подписать документ
first-steps-sign-hint = Подпишите PDF или любой другой файл активным профилем подписи.
first-steps-go-authority = Создать печать
first-steps-go-outside-ca = Импортировать сертификат УЦ
first-steps-go-identity = Зарегистрировать профиль подписи
first-steps-go-mail = Настроить почту
first-steps-go-sign = Подписать документ
first-steps-next-authority = Следующий шаг: создайте печать компании или импортируйте сертификат внешнего удостоверяющего центра.
first-steps-next-identity = Следующий шаг: зарегистрируйте профиль подписи, которым подписываются ваши документы.
first-steps-next-mail = Следующий шаг: настройте почтовый сервер, который отправляет подписанные документы.
first-steps-next-sign = Следующий шаг: подпишите первый документ.

identities-title = Профили подписи
identities-intro = Каждый профиль — это ваша организация и человек, который подписывает от её имени, с ключом и сертификатом. Документы подписывает ровно один профиль — активный.
identities-none = Профилей подписи пока нет. Зарегистрируйте профиль, чтобы подписывать документы.
identities-none-active = Ни один профиль не выбран для подписи. Выберите профиль с действующим сертификатом.
identity-new = Зарегистрировать профиль
identity-col-signer = Подписант и организация
identity-col-status = Состояние
identity-col-valid-until = Действует до
identity-col-signing = Подпись
identity-col-actions = Действия
identity-active = Активный
identity-select = Выбрать для подписи
identity-selected = Теперь ваши документы подписывает { $signer }.
identity-details = Сведения о сертификате
identity-remove = Удалить
identity-remove-confirm = Удалить профиль подписи { $signer } ({ $business })? Его ключ и сертификат остаются в SealDesk; удаляется только профиль.
identity-remove-confirm-active = Удалить профиль подписи { $signer } ({ $business })? Сейчас им подписываются ваши документы: после удаления подписывать будет нечем, пока вы не выберете другой профиль. Его ключ и сертификат остаются в SealDesk.
identity-remove-yes = Удалить профиль подписи
identity-removed = Профиль подписи { $signer } удалён. Его ключ и сертификат сохранены.
identity-removed-active = Профиль подписи { $signer } удалён; его ключ и сертификат сохранены. Выберите другой профиль, чтобы подписывать документы.
identity-attach = Прикрепить сертификат от УЦ
identity-attach-file = Файл сертификата от УЦ
identity-attach-dialog-title = Открыть сертификат, присланный УЦ
identity-attach-hint = Сертификат (PEM или DER), с цепочкой, если УЦ её прислал. Он должен отвечать на запрос этого профиля.
identity-attach-submit = Прикрепить
identity-attached = Сертификат { $signer } прикреплён.
identity-attached-selected = Сертификат { $signer } прикреплён, и теперь этот профиль подписывает ваши документы.
identity-created-selected = Сертификат { $signer } создан и выбран для подписи.
identity-created-not-selected = Профиль { $signer } создан, но не выбран: { $reason ->
    [awaiting-certificate] отправьте запрос в удостоверяющий центр, затем прикрепите сертификат, который он вернёт.
    [certificate-not-valid] его сертификат сейчас недействителен.
   *[not-requested] выберите его, когда он должен подписывать.
}
badge-awaiting-certificate = Ждёт сертификат
validation-attach-file-required = Выберите файл сертификата, присланный УЦ.
identity-wizard-title = Регистрация профиля подписи
identity-finish = Зарегистрировать
identity-step-business = Идентификатор организации
identity-step-names = Организация и подписант
identity-step-secret = Пароль подписи и ключ
identity-step-certificate = Сертификат
identity-step-summary = Сводка
identity-country = Страна организации
identity-country-other = Другая страна
identity-country-code = Двухбуквенный код страны
identity-kind = Вид идентификатора
identity-business-id = Идентификатор организации
identity-business-id-valid = Верно. В сертификате: { $value }
identity-business-name = Название организации
identity-signer-name = Имя подписанта
identity-signer-name-hint = Организация, её владелец или лицо, уполномоченное подписывать от её имени.
identity-email = E-mail, показываемый в подписи
identity-email-hint = Только для сведения: указывается в сертификате.
identity-key-target = Где хранится ключ
identity-key-file = В файле ключа, защищённом паролем подписи
identity-key-token = На токене (смарт-карта или USB-токен)
identity-password = Пароль подписи
identity-password-hint = Не меньше { $min } символов; цифры допустимы. Вы вводите его при каждой подписи.
identity-password-confirm = Пароль подписи ещё раз
identity-token-label = Метка токена
identity-token-hint = Токен доступен через модуль PKCS#11, выбранный в настройках. Тогда его PIN — ваш секрет подписи.
identity-token-pin = PIN токена
identity-source = Сертификат
identity-source-seal = Выпускается сейчас печатью организации
identity-source-csr = Запрашивается в удостоверяющем центре (CSR)
identity-no-seal = Действующей печати организации нет: создайте её в разделе «Печать и сертификаты» или запросите сертификат в удостоверяющем центре.
identity-seal = Печать организации
identity-seal-password = Пароль ключа печати
identity-days = Срок действия в днях
identity-csr-file = Сохранить запрос как
identity-csr-dialog-title = Сохранить запрос на сертификат как
identity-csr-hint = Отправьте этот файл в удостоверяющий центр; сертификат, который он вернёт, прикрепите в списке профилей.
identity-select-new = Выбрать этот профиль для подписи
identity-csr-summary-note = Профиль ждёт сертификат, пока вы его не прикрепите; до этого он не может подписывать.
validation-business-id-required = Введите идентификатор организации.
validation-business-id-checking = Идентификатор ещё проверяется; подождите немного.
validation-business-name-required = Введите название организации.
validation-signer-name-required = Введите имя подписанта.
validation-email-required = Введите адрес e-mail, например name@example.com.
validation-token-label-required = Введите метку токена.
validation-pin-required = Введите PIN токена.
validation-seal-required = Выберите печать организации.
country-il = Израиль
country-pl = Польша
country-it = Италия
country-ua = Украина
country-ru = Россия
id-kind-il-company = номер компании или зарегистрированного предпринимателя
id-kind-pl-nip = налоговый номер
id-kind-pl-regon = статистический номер
id-kind-it-partita-iva = номер плательщика НДС
id-kind-it-codice-fiscale = личный налоговый код
id-kind-ua-edrpou = регистрационный код юридического лица
id-kind-ua-rnokpp = личный налоговый номер
id-kind-ru-inn = идентификационный номер налогоплательщика
id-kind-other = идентификатор

## Verify screen
verify-title = Проверить подписанный документ
verify-intro = Выберите подписанный PDF или любой файл, рядом с которым лежит его подпись (.p7s). SealDesk проверяет, что после подписания ничего не изменилось, кто и когда подписал и ведёт ли сертификат подписанта к печати или удостоверяющему центру, которым вы доверяете.
verify-file = Подписанный документ
verify-signature-file = Отдельный файл подписи (необязательно)
verify-signature-hint = Оставьте пустым, если подпись внутри PDF или это файл .p7s с тем же именем рядом с документом.
verify-run = Проверить
verify-verdict-valid = Подпись действительна.
verify-verdict-valid-with-warnings = Подпись действительна, есть замечание ниже.
verify-verdict-invalid = Подпись НЕДЕЙСТВИТЕЛЬНА. Не считайте этот документ подписанным.
verify-verdict-unsigned = В этом документе нет подписи. Он не был подписан, или подпись удалена.
verify-format-pades = { $name }: подписи внутри PDF
verify-format-cades = { $name }: отдельный файл подписи (.p7s)
verify-signature-n = Подпись { $n }
verify-signer = Подписал(а)
verify-signer-unknown = неизвестно (нет сертификата подписанта)
verify-signed-at = Дата подписи
verify-signed-at-unknown = не указана
verify-coverage = Охватывает
verify-covers-whole-file = весь файл в его нынешнем виде
verify-covers-signed-version = файл в том виде, в каком его подписали; позже в него добавлены изменения
verify-covers-part = только часть файла
verify-trust-anchor = Доверие через
verify-trust-anchor-none = нет доверенного сертификата (печати компании или корневого сертификата, которому вы решили доверять)
verify-signature-fine = С этой подписью всё в порядке.
# PDF signing (PAdES)
error-pdf-encrypted = { $path } — зашифрованный PDF. Снимите пароль (сохраните незащищённую копию) перед подписью.
error-pdf-no-changes-allowed = { $path } заверен с запретом изменений; ещё одна подпись нарушит заверение.
error-pdf-unreadable = Не удаётся прочитать { $path } как PDF: { $reason }
error-pdf-header-not-at-start = { $path } открывается в программах для PDF, но не начинается с заголовка %PDF-, поэтому его нельзя надёжно подписать внутри. Откройте его в программе для PDF и сохраните заново или подпишите отдельным файлом .p7s.
error-pdf-detached-output-named-pdf = { $path } оканчивается на .pdf, но отдельная подпись не является PDF. Выберите имя, оканчивающееся на .p7s.
error-pdf-signed-output-not-named-pdf = { $path } не оканчивается на .pdf, а подписанный PDF — это PDF. Выберите имя, оканчивающееся на .pdf.
error-sign-output-name-invalid = «{ $name }» — не имя файла. Укажите имя без папок; файл сохраняется рядом с документом.
error-sign-not-this-signed-copy = { $path } — не этот документ, подписанный этим сертификатом, поэтому он не отправлен.
## Verifying signatures
error-verify-signature-missing = Файл подписи { $path } не найден. Укажите файл подписи.
error-verify-not-cms = { $path } не является файлом подписи (.p7s) или повреждён.
error-verify-not-valid = Подписи документа { $path } недействительны.
verify-problem-digest-mismatch = Документ был изменён после подписания.
verify-problem-signature-invalid = Подпись недействительна: она не соответствует ключу подписавшего.
verify-problem-signer-certificate-missing = Сертификата подписавшего нет ни в подписи, ни в SealDesk, поэтому подпись нельзя проверить.
verify-problem-untrusted-chain = Сертификат подписавшего выдан не печатью вашей компании и не доверенным удостоверяющим центром.
verify-problem-signer-expired = Срок действия сертификата подписавшего истёк.
verify-problem-signer-not-yet-valid = Сертификат подписавшего ещё не действовал.
verify-problem-signer-revoked = Сертификат подписавшего отозван.
verify-problem-seal-invalid = Печать или удостоверяющий центр, выдавший сертификат подписавшего, отозван или просрочен.
verify-problem-content-added-after = После последней подписи в документ что-то добавили.
verify-problem-no-signing-certificate-attribute = Подпись не указывает свой сертификат в подписанных данных (само содержимое не изменено).
verify-problem-signing-certificate-mismatch = Подпись указывает другой сертификат, чем тот, которым она сделана.
verify-problem-weak-algorithm = Подпись использует устаревший алгоритм (SHA-1), который больше не безопасен.
verify-problem-unsupported-algorithm = Подпись использует алгоритм, который SealDesk не умеет проверять.
verify-problem-byte-range-invalid = Описание подписанной части PDF в подписи неверно или повреждено.
verify-problem-unsupported-signature-type = Такой вид подписи PDF (например, метку времени документа) SealDesk не проверяет.
verify-problem-no-signature = В документе нет подписи.
verify-problem-modified-after-signing = После этой подписи документ изменили сверх того, что допускает подпись (не только добавили подписи).
verify-problem-key-usage-not-for-signing = Сертификат подписавшего не предназначен для подписания документов (в использовании ключа нет неотрекаемости), например сертификат для входа на портал.
verify-modification = { $change ->
    [deleted] Удалено
   *[changed] Изменено
}: { $role ->
    [catalog] каталог документа
    [page-tree] дерево страниц
    [page] страница { $page }
    [page-content] содержимое страницы { $page }
    [form] форма
    [form-field] поле формы
    [annotation] аннотация
    [signature] словарь подписи
    [font] шрифт
   *[object] другой объект
} (объект { $object })

## Mail: outgoing server settings, credential store, connection test
audit-smtp-saved = Сервер исходящей почты сохранён: { $host } порт { $port } ({ $security })
error-mail-header-injection = Поле { $field } должно быть одной строкой.
error-mail-header-control = Поле { $field } содержит управляющий символ (например, табуляцию, escape или звонок). Удалите его.
error-mail-attachment-name-bidi = Имя вложения { $name } содержит символ, меняющий направление текста, и отображалось бы не в том порядке, в каком оно есть. Переименуйте файл.
error-mail-invalid-address = { $value } в поле { $field } не является правильным адресом e-mail.
error-mail-invalid-host = { $host } не является правильным именем сервера.
error-mail-invalid-port = Порт должен быть от 1 до 65535.
error-mail-plain-not-allowed = Соединение без шифрования передаёт пароль открытым текстом. Выберите TLS или STARTTLS либо явно подтвердите соединение без шифрования.
error-mail-unknown-security = Неизвестный режим защиты { $value }; используйте tls, starttls или none.
error-mail-unknown-auth = Неизвестный способ входа { $value }; используйте plain, login, xoauth2 или none.
error-mail-password-required = Для входа нужны и имя пользователя, и пароль или токен.
error-mail-not-configured = Сервер исходящей почты ещё не настроен.
error-mail-credential-store-unavailable = Системное хранилище паролей недоступно ({ $detail }). Разблокируйте или запустите его и повторите.
error-mail-credential-missing = В системном хранилище паролей нет пароля для { $account }. Введите пароль снова.
error-mail-ca-file-invalid = { $path } не является сертификатом CA в формате PEM.
error-mail-bcc-not-allowed = { $provider } отклоняет письма со скрытыми получателями (Bcc); уберите адрес Bcc.
error-mail-test-failed = Проверка соединения не прошла на шаге { $step }.
# Mail outbox
error-mail-no-recipients = У сообщения нет получателя. Укажите хотя бы один адрес в полях «Кому», «Копия» или «Скрытая копия».
error-mail-message-too-large = Сообщение займёт около { $size } байт — больше { $limit } байт, которые принимают многие почтовые серверы. Отправьте вложения поменьше или подтвердите отправку.
error-mail-compose-failed = Не удалось составить сообщение: { $detail }
error-mail-outbox-not-found = В исходящих нет сообщения { $id }.
error-mail-spool-invalid = Сообщение в очереди { $path } не является обычным файлом папки исходящих (это ссылка или подменённый файл), поэтому оно не отправлено. Отмените его и напишите заново.
error-mail-outbox-wrong-state = Сообщение { $id } в состоянии { $state }; сейчас это сделать нельзя.
error-mail-outcome-unknown = Отправка прервалась, когда сервер принимал сообщение, поэтому оно могло дойти. Уточните у получателя, затем отправьте снова или отмените.
error-mail-server-unreachable = { $reason ->
    [connection-refused] Почтовый сервер отклонил соединение: на этом порту никто не отвечает. Проверьте порт и настройку защиты.
    [host-not-found] Имя почтового сервера не найдено. Проверьте имя сервера и подключение к интернету.
    [timed-out] Почтовый сервер не ответил вовремя. Проверьте подключение к интернету и что брандмауэр не блокирует порт.
    [network-unreachable] Сеть почтового сервера недоступна. Проверьте подключение к интернету.
    [connection-reset] Почтовый сервер закрыл соединение.
    [tls] Не удалось установить защищённое соединение с почтовым сервером. Проверьте настройку защиты.
    [no-starttls] Почтовый сервер не предлагает на этом порту защищённое соединение (STARTTLS). Проверьте порт и настройку защиты.
   *[other] Почтовый сервер недоступен.
}
error-mail-auth-refused = Почтовый сервер отклонил вход ({ $reply }). Проверьте имя пользователя и пароль в настройках почты.
error-mail-deferred = Почтовый сервер попросил повторить позже ({ $reply }).
error-mail-rejected = Почтовый сервер отклонил сообщение ({ $reply }). Проверьте адреса и вложения.
error-mail-connection-lost = { $reason ->
    [connection-refused] Почтовый сервер отклонил соединение: на этом порту никто не отвечает. Проверьте порт и настройку защиты.
    [host-not-found] Имя почтового сервера не найдено. Проверьте имя сервера и подключение к интернету.
    [timed-out] Почтовый сервер не ответил вовремя. Проверьте подключение к интернету и что брандмауэр не блокирует порт.
    [network-unreachable] Сеть почтового сервера недоступна. Проверьте подключение к интернету.
    [connection-reset] Почтовый сервер закрыл соединение.
    [tls] Не удалось установить защищённое соединение с почтовым сервером. Проверьте настройку защиты.
    [no-starttls] Почтовый сервер не предлагает на этом порту защищённое соединение (STARTTLS). Проверьте порт и настройку защиты.
   *[other] Соединение с почтовым сервером прервалось.
}
# Mail templates
error-mail-template-unknown-placeholder = Неизвестная подстановка { "{" }{ $name }{ "}" } в { $part ->
        [subject] теме
        [html] HTML-версии
       *[text] тексте письма
    }. Используйте recipient, company, sender, document, certificate, valid_until, login или cert_password.
error-mail-template-unbalanced-brace = Фигурная скобка без пары в { $part ->
        [subject] теме
        [html] HTML-версии
       *[text] тексте письма
    }. Чтобы вставить саму скобку, напишите { "{" }{ "{" } или { "}" }{ "}" }.
error-mail-template-value-missing = Не указано значение для подстановки { "{" }{ $name }{ "}" }.
error-mail-template-multiline-value = Значение { "{" }{ $name }{ "}" } попадает в тему и должно быть одной строкой.
error-mail-template-unknown-kind = Неизвестный шаблон { $kind }. Используйте signed-document, portal-certificate, portal-password или renewal-request.
error-mail-template-password-required = Шаблон portal-password должен содержать { "{" }cert_password{ "}" }.
error-mail-template-password-forbidden = Шаблон { $kind } не должен содержать { "{" }cert_password{ "}" }: пароль отправляется отдельным письмом.
error-mail-template-password-in-subject = { "{" }cert_password{ "}" } может быть только в тексте письма с паролем для портала, а не в теме: темы видны в списках и уведомлениях.
error-mail-template-empty = { $part ->
    [subject] Тема шаблона не может быть пустой.
    [html] HTML-версия шаблона не может быть пустой.
   *[text] Текст шаблона не может быть пустым.
}
error-smtp-dns = Сервер с таким именем не найден. Проверьте, нет ли опечатки в имени сервера и подключён ли компьютер к интернету.
error-smtp-connect = Сервер не отвечает на этом порту. Проверьте порт и режим защиты (465 с TLS, 587 со STARTTLS) и не блокирует ли его брандмауэр.
error-smtp-tls-untrusted = Сертификат сервера выдан не доверенным центром. Если ваш ИТ-отдел использует собственный CA, добавьте файл его сертификата; иначе не пользуйтесь этим сервером.
error-smtp-tls-hostname = Сертификат сервера выдан на другое имя. Укажите точное имя сервера, которое даёт провайдер (не псевдоним и не IP-адрес).
error-smtp-tls-no-starttls = Сервер не предлагает STARTTLS. Выберите TLS на порту 465 или узнайте у провайдера правильные настройки.
error-smtp-tls = Не удалось установить защищённое соединение. Проверьте порт и режим защиты (465 с TLS, 587 со STARTTLS).
error-smtp-auth = Сервер отклонил имя пользователя или пароль. Проверьте оба; некоторым провайдерам нужен полный адрес в качестве имени пользователя.
error-smtp-auth-app-password = Провайдер требует пароль приложения: включите двухэтапную проверку в настройках безопасности аккаунта, создайте пароль приложения и введите его здесь.
error-smtp-auth-disabled = Вход по паролю (SMTP AUTH) отключён для этого аккаунта. Попросите администратора включить его или используйте OAuth2.
error-smtp-auth-oauth = Провайдер отклонил токен входа OAuth2; возможно, срок его действия истёк или у него нет доступа к почте. Войдите у провайдера снова.
error-smtp-sender = Сервер отклонил адрес отправителя. Используйте адрес аккаунта, под которым входите, или адрес, с которого провайдер разрешает отправку.
error-smtp-done = Соединение работает: сервер принял вход и адрес отправителя.
# Batch renewal.
error-renewal-invalid-phone = { $value } — не номер телефона: используйте цифры, необязательный + в начале, пробелы или дефисы, от 9 до 15 цифр.
error-renewal-forbidden-email = E-mail этих сертификатов в запрещённом домене; укажите новый адрес для каждого: { $certificates }.
error-renewal-not-renewable = Сертификат { $id } нельзя продлить ({ $reason }).
error-renewal-start-after-expiry = Новый сертификат для { $id } не может начинаться { $date }, после окончания срока старого.
error-renewal-no-certificates = Выберите хотя бы один сертификат для продления.
error-renewal-run-not-found = Продления { $id } нет.
error-renewal-no-match = Сертификат в { $path } не отвечает ни на один запрос на продление.
error-renewal-wrong-state = Продление сертификата { $id } на этапе «{ $state }»; этот шаг сейчас невозможен.
error-renewal-delivery-unsupported = { $method } — не способ передачи запросов. Используйте export:ПАПКА или mail:АДРЕС.
error-renewal-run-busy = Продление { $id } сейчас выполняется другим окном или командой SealDesk; дождитесь окончания.
# Документы продления.
error-document-font = Шрифт документов нельзя использовать ({ $reason }); переустановите SealDesk.
error-renewal-nothing-installed = Ни один новый сертификат продления { $id } ещё не установлен; сначала импортируйте выданные сертификаты.
error-renewal-not-a-receipt = { $path } — не квитанция на заявку о продлении сертификата { $id }: в ней нет ссылки на эту заявку.
error-renewal-receipt-duplicate = { $path } уже импортирован как квитанция { $number }.
error-renewal-notification-format = { $value } — не формат уведомления: используйте pdf или csv.
renewal-file-card = Карточка присоединения
renewal-file-receipt1 = Квитанция 1
renewal-file-receipt2 = Квитанция 2
renewal-card = Карточка присоединения
renewal-card-hint = Карточка присоединения к договору центра сертификации об обработке данных подписывается действующим сертификатом { $name }, который должен быть ещё действителен.
renewal-card-secret-kind = Действующий ключ защищён
renewal-document-lang = Язык документа
renewal-card-sign = Подписать карточку присоединения
renewal-card-written = Карточка присоединения подписана и сохранена как { $file }.
renewal-receipt-file = Импортировать файл квитанции
renewal-receipt-file-title = Квитанция центра сертификации
renewal-receipt-file-filter = Квитанции
renewal-receipt-file-imported = Квитанция импортирована; состояние заявки: { $state }.
renewal-notification = Уведомление для налогового органа
renewal-notification-hint = Перечисляет установленные новые сертификаты: директор, налоговый номер, серийный номер, срок действия и издатель.
renewal-notification-format = Формат
renewal-notification-export = Экспортировать уведомление…
renewal-notification-title = Сохранить уведомление
renewal-notification-written = Уведомление о сертификатах ({ $count }) сохранено как { $file }.

# Renewal screens.
renewal-tab-due = К продлению
renewal-tab-history = История запусков
renewal-tab-prices = Цены
renewal-within = Истекают в течение (дней)
renewal-issuer = Издатель
renewal-issuer-all = Все издатели
renewal-search = Поиск
renewal-count = Показано: { $shown } из { $total }. Выбрано: { $selected }.
renewal-none = Ни один сертификат с ключом не истекает в течение { $days } дн.
renewal-col-choose = Выбрать
renewal-col-holder = Владелец
renewal-col-issuer = Издатель
renewal-col-email = Эл. почта
renewal-col-expires = Истекает
renewal-col-start = Начало нового сертификата
renewal-col-state = Состояние
renewal-col-files = Файлы
renewal-col-actions = Действия
renewal-actions-of = Действия для { $name }
renewal-col-run = Запуск
renewal-col-date = Дата
renewal-col-items = Позиции
renewal-choose-one = Выбрать: { $name }
renewal-select-all = Выбрать все показанные
renewal-in-run = в запуске { $id }
renewal-days-left = осталось дней: { $days }
renewal-days-ago = истёк дней назад: { $days }
renewal-renew-selected = Продлить выбранные ({ $count })
renewal-no-runs = Запусков продления ещё не было.
renewal-open = Открыть
renewal-wizard-title = Продление сертификатов: { $count }
renewal-step-details = Данные
renewal-step-secrets = Пароли и доставка
renewal-contact = Контактное лицо
renewal-phone = Контактный телефон
renewal-expires = истекает { $date }
renewal-email-forbidden = ЦС не принимает адреса в этом домене: укажите другой.
renewal-start-all = Одна дата начала для всех (необязательно)
renewal-start-hint = По умолчанию новый сертификат начинается за 3 дня до окончания старого; никогда не позже.
renewal-term = Срок
renewal-term-years = { $years ->
        [one] { $years } год
        [few] { $years } года
        [many] { $years } лет
       *[other] { $years } года
    }
renewal-algorithm = Алгоритм ключа
renewal-algorithm-same = Как у старого ключа
renewal-destination = Куда пойдут новые ключи
renewal-dest-folder = Файлы ключей в папке
renewal-dest-token = Токен
renewal-key-dir = Папка для новых ключей и запросов
renewal-choose = Выбрать…
renewal-new-password = Пароль новых файлов ключей
renewal-new-password2 = Пароль ещё раз
renewal-password-mismatch = Пароли не совпадают.
renewal-token-label = Метка токена
renewal-token-pin = PIN токена
renewal-back = Назад
renewal-missing-contact = укажите контактное лицо
renewal-missing-phone = укажите правильный номер телефона
renewal-missing-phrase = введите одну и ту же фразу дважды
renewal-missing-items = исправьте отмеченные адреса e-mail и даты начала
renewal-missing-key-dir = выберите папку для новых ключей
renewal-missing-password = введите пароль новых ключей дважды одинаково
renewal-missing-token = укажите токен и его PIN
renewal-missing-delivery = выберите папку экспорта или укажите адрес УЦ
renewal-missing-old = введите пароли или PIN старых ключей
renewal-old-intro = Старые сертификаты подписывают запросы: укажите их пароли или PIN.
renewal-old-shared = Один пароль для всех старых ключей
renewal-old-secret = Пароль или PIN старых ключей
renewal-old-secret-of = Пароль или PIN: { $name }
renewal-old-pin-of = PIN: { $name }
renewal-export-dir = Папка для конвертов запросов
renewal-deliver = Как запросы попадут в ЦС
renewal-deliver-export = Сохранить в папку (загрузить или отправить самостоятельно)
renewal-deliver-mail = Отправить в ЦС по электронной почте через исходящие
renewal-ca-address = Адрес ЦС для запросов на продление
renewal-ca-language = Язык письма
renewal-deliver-mail-hint = Каждый запрос один раз ставится в исходящие с шаблоном «запрос на продление»; исходящие отправляют его и повторяют попытку, если сервер недоступен.
renewal-deliver-mail-to = Запросы отправляются по электронной почте на { $address }.
renewal-file-mailed = Отправлено по почте на
renewal-mail-state-queued = ожидает в исходящих
renewal-mail-state-sending = отправляется
renewal-mail-state-sent = отправлено
renewal-mail-state-failed = не отправлено: см. исходящие
renewal-mail-state-cancelled = отменено в исходящих
renewal-export-hint = Загрузите конверты из этой папки в ЦС или отправьте их вручную.
renewal-start = Начать
renewal-run-title = Запуск продления { $id }
renewal-run-summary = Запланирован { $date } · контакт { $contact }, { $phone } · { $years ->
        [one] { $years } год
        [few] { $years } года
        [many] { $years } лет
       *[other] { $years } года
    }
renewal-progress = Формирование запросов
renewal-stop = Остановить после этого сертификата
renewal-file-key = Новый ключ
renewal-file-envelope = Конверт
renewal-file-sent = Экспортирован в
renewal-show = Показать в папке
renewal-receipt1 = Получена квитанция 1
renewal-receipt2 = Получена итоговая квитанция
renewal-retry = Повторить неудачные ({ $count })
renewal-retry-title = Повторить неудачные сертификаты
renewal-new-secret = Пароль новых файлов ключей (или PIN токена)
renewal-cancel-retry = Отмена
renewal-import = Импортировать выданные сертификаты
renewal-import-hint = Файлы от ЦС с новыми сертификатами (PEM или DER); каждый сопоставляется со своим запросом.
renewal-import-path = Путь к файлу сертификата
renewal-import-go = Импортировать
renewal-import-title = Выданные сертификаты
renewal-import-filter = Сертификаты
renewal-imported = Установлено сертификатов: { $count }.
renewal-state-planned = запланирован
renewal-state-formed = сформирован
renewal-state-sent = отправлен
renewal-state-exported = экспортирован
renewal-state-mailed = отправлен по почте
renewal-state-receipt1 = квитанция 1
renewal-state-receipt2 = итоговая квитанция
renewal-state-issued = выдан
renewal-state-installed = установлен
renewal-state-failed = ошибка
renewal-state-cancelled = отменён
renewal-col-price = Цена
renewal-no-price = цена не задана
renewal-total = Итого: { $amount }
renewal-unpriced = Без цены: { $count }
renewal-prices-title = Прейскурант продлений
renewal-prices-hint = Сколько каждый УЦ берёт за продление сертификата; мастер суммирует запуск по этим ценам. Называйте УЦ так, как его сертификаты называют издателя.
renewal-prices-none = Цен пока нет.
renewal-price-set-title = Задать цену
renewal-price-ca = УЦ (издатель сертификатов)
renewal-price-amount = Сумма
renewal-price-currency = Валюта
renewal-price-currency-hint = Три буквы, например UAH, PLN, EUR или ILS.
renewal-price-save = Сохранить цену
renewal-price-saved = Цена сохранена: { $ca }, { $term }, { $amount }.
renewal-price-remove = Удалить
renewal-price-remove-of = Удалить цену { $ca } на { $term }
renewal-price-removed = Цена удалена: { $ca }, { $term }.
renewal-phrase = Фраза для блокировки по телефону (необязательно)
renewal-phrase2 = Фраза ещё раз
renewal-phrase-hint = Хранится только в хранилище учётных данных системы и больше не показывается, пока вы не попросите.
renewal-phrase-mismatch = Фразы не совпадают.
renewal-phrase-stored = Фраза для блокировки по телефону сохранена в хранилище учётных данных системы.
renewal-cancel-rest = Отменить остальные
renewal-cancel-item = Отменить
renewal-phrase-show = Показать фразу для блокировки по телефону
renewal-phrase-hide = Скрыть фразу
# Batch renewal: price list, phrase, cancelling.
error-renewal-amount-required = Введите сумму, например 1234,50.
error-renewal-price-ca-required = Укажите УЦ, к которому относится цена.
error-renewal-invalid-amount = { $value } — не сумма: запишите её как 1234.50.
error-renewal-invalid-currency = { $value } — не код валюты: используйте три буквы, например UAH, PLN, EUR, ILS.
error-renewal-price-not-found = Для { $ca } нет цены на { $term_years } года.
error-renewal-phrase-missing = Фразы для блокировки по телефону продления { $id } нет в хранилище учётных данных.
error-renewal-item-not-found = Сертификат { $id } не входит в продление { $run }.
error-portal-contractor-not-found = В этой компании нет контрагента { $code }.
error-portal-contractor-code-taken = У этой компании уже есть контрагент с кодом { $code }.
error-portal-user-not-found = В этой компании нет пользователя портала { $id }.
error-portal-missing = Не указан { $field ->
        [code] код
        [login] логин
        [email] адрес электронной почты
       *[other] имя
    }.
error-portal-invalid-email = { $value } не является адресом электронной почты.
error-portal-unknown-language = { $value } не является языком, на котором пишет SealDesk (en, pl, he, it, ru, uk).
error-portal-duplicate-login = У контрагента { $contractor } уже есть логин { $login }.
error-portal-bad-header = Первая строка должна быть заголовком { $expected }.
error-portal-wrong-field-count = В строке { $found } полей вместо { $expected }.
error-portal-import-refused = Неверных строк в файле: { $count }; ничего не импортировано.
error-portal-not-csv = Файл не является текстом CSV в UTF-8.
error-portal-interrupted = Выполнение прервано после отправки сертификата пользователя портала { $id }, поэтому его пароль утерян. Отправьте этому пользователю новый сертификат.
error-quota-reached = Достигнуто максимальное число действующих сертификатов: действующих { $active }, квота { $quota }, требуется ещё { $wanted }. Ничего не выпущено.
warning-renewal-start-close-to-expiry = Новый сертификат для { $id } начинает действовать { $date }, менее чем за 2 дня до окончания старого ({ $expiry }); налоговая может не получить уведомление вовремя.
# Почта: настройки сервера исходящей почты и проверка соединения.
mail-settings-title = Сервер исходящей почты
mail-not-configured = Сервер исходящей почты ещё не настроен. Настройте его, чтобы отправлять подписанные документы по e-mail.
mail-set-up = Настроить
mail-change = Изменить
mail-saved = Сервер исходящей почты сохранён.
mail-wizard-title = Исходящая почта
mail-save = Сохранить
mail-step-sender-title = Отправитель и сервер
mail-step-login-title = Вход
mail-step-test-title = Проверка и сохранение
mail-from-address = Адрес отправителя
mail-from-name = Имя отправителя
mail-provider-detected = Для этого адреса найдены настройки { $name }:
mail-provider-unknown = Этого провайдера нет в таблице: введите настройки его сервера.
mail-server-source = Сервер
mail-use-detected = Использовать эти настройки
mail-manual = Ввести сервер вручную
mail-host = Сервер
mail-port = Порт
mail-security = Защита
mail-security-tls = TLS (шифрование с начала)
mail-security-starttls = STARTTLS (шифрование обязательно)
mail-security-none = Нет (без шифрования)
mail-auth = Способ входа
mail-auth-plain = Имя пользователя и пароль (стандартно)
mail-auth-login = Имя пользователя и пароль (старый способ)
mail-auth-xoauth2 = Токен OAuth2
mail-auth-none = Без входа
mail-plain-warning = Без шифрования пароль и каждое письмо передаются открытым текстом: их может прочитать любой в сети. Используйте это только для ретранслятора внутри своей сети.
mail-plain-confirm = Я понимаю и хочу соединение без шифрования
mail-user = Имя пользователя
mail-password = Пароль
mail-token = Токен OAuth2
mail-password-hint = Хранится только в системном хранилище паролей, никогда в файлах SealDesk.
mail-password-saved-keep = Для этого входа сохранён пароль; оставьте поле пустым, чтобы сохранить его.
mail-password-saved = Сохранён в системном хранилище паролей
mail-password-missing = Не найден в системном хранилище паролей: введите его снова
mail-no-login = Этот сервер не требует входа.
mail-bcc-self = Отправлять мне скрытую копию каждого письма
mail-eml-dir = Папка для копий отправленных писем (.eml)
mail-eml-dir-hint = Необязательно: каждое отправленное письмо также сохраняется там.
mail-ca-file = Дополнительный сертификат ЦС для этого сервера (PEM)
mail-ca-file-hint = Только если ваш ИТ-отдел ведёт собственный удостоверяющий центр.
mail-test-hint = Проверка подключается, входит и предлагает адрес отправителя, ничего не отправляя.
mail-test-detail = Технические подробности (для поддержки)
mail-test-failed-warning = Проверка не удалась: с этими настройками SealDesk, скорее всего, не сможет отправлять почту. Исправьте их и проверьте снова или всё равно сохраните, если сервер сейчас недоступен с этого компьютера.
mail-save-failed-confirm = Сохранить эти настройки, хотя проверка не удалась
mail-test = Проверить соединение
mail-testing = Проверка…
mail-step-dns = Шаг: поиск сервера
mail-step-connect = Шаг: подключение
mail-step-tls = Шаг: защищённое соединение
mail-step-auth = Шаг: вход
mail-step-sender = Шаг: адрес отправителя
mail-step-done = Все шаги пройдены
validation-mail-host-required = Введите имя сервера или выберите найденные настройки.
validation-mail-plain-confirm = Подтвердите соединение без шифрования или выберите TLS либо STARTTLS.
validation-mail-test-failed-confirm = Проверка соединения не удалась. Исправьте настройки и проверьте снова или подтвердите, что всё равно хотите их сохранить.
validation-mail-user-required = Введите имя пользователя.
validation-mail-password-required = Введите пароль.
mail-note-app-password = Нужен пароль приложения: включите двухэтапную проверку, затем создайте его в настройках безопасности аккаунта.
mail-note-oauth-only = Принимает только вход через OAuth2; обычный пароль отклоняется.
mail-note-tenant-may-disable-smtp-auth = Администратор организации мог отключить вход SMTP (сервер отвечает 535 5.7.139).
mail-note-enable-mail-programs = Сначала включите доступ для почтовых программ в настройках веб-почты.
mail-note-login-local-part = Логин — это часть адреса до знака @.
mail-note-login-user-id = Логин — это идентификатор, выданный провайдером, а не адрес.
mail-note-bridge-only = Proton Mail отправляет только через Proton Mail Bridge на этом компьютере (платные тарифы); используйте сервер, порт и пароль, которые показывает Bridge.
mail-note-pec-bcc-refused = Сертифицированная почта (PEC): письма со скрытыми получателями отклоняются; подтверждением отправки служат квитанции PEC.
mail-note-pec-mail-program-password = При двухэтапном входе нужен отдельный пароль для почтовых программ; он истекает каждые 3 месяца.
mail-note-rate-limited = Провайдер ограничивает число писем в минуту.
mail-note-no-automated-sending = Договор запрещает автоматическую отправку без прямого действия пользователя.
mail-note-isp-relay-only = Старый ретранслятор интернет-провайдера: работает только из его собственной сети, без шифрования. Актуальные официальные настройки неизвестны; спросите провайдера.
mail-note-server-is-domain = Имя сервера — почтовый хост вашего домена, указанный в панели хостинга.

## Mail templates, outbox and sending a document by e-mail
tpl-title = Шаблоны писем
tpl-intro = Текст писем, которые отправляет SealDesk, по видам и языкам. Поля в фигурных скобках заполняются для каждого письма.
tpl-kind = Письмо
tpl-kind-signed-document = Подписанный документ
tpl-kind-portal-certificate = Файл сертификата для портала
tpl-kind-portal-password = Пароль сертификата для портала
tpl-kind-renewal-request = Заявка на продление
tpl-language = Язык
tpl-customized = Используется ваш собственный текст.
tpl-default = Используется текст по умолчанию.
tpl-placeholders = Поля (нажмите, чтобы вставить в позицию курсора)
tpl-insert = Вставить { $name }
tpl-subject = Тема
tpl-text = Текст
tpl-html = HTML (необязательно)
tpl-html-hint = Оставьте пустым, чтобы HTML был создан из текста.
tpl-preview = Предпросмотр
tpl-preview-title = Предпросмотр с примерными значениями
tpl-save = Сохранить шаблон
tpl-reset = Вернуть текст по умолчанию
tpl-saved = Шаблон сохранён.
tpl-reset-done = Текст по умолчанию восстановлен.
outbox-title = Исходящие
outbox-refresh = Обновить
outbox-send-now = Отправить сейчас
outbox-sending = Отправка…
outbox-empty = Исходящих писем нет.
outbox-col-to = Получатели
outbox-col-subject = Тема
outbox-col-state = Состояние
outbox-col-attempts = Попытки
outbox-col-next = Следующая попытка / отправлено
outbox-col-actions = Действия
outbox-state-queued = Ожидает
outbox-state-sending = Отправляется
outbox-state-sent = Отправлено
outbox-state-failed = Ошибка
outbox-state-cancelled = Отменено
outbox-retry = Повторить
outbox-cancel = Отменить
outbox-cancel-confirm = Отменить отправку «{ $subject }»? Сообщение не будет отправлено, вернуть его в очередь нельзя.
outbox-cancel-yes = Отменить отправку
outbox-send-now-due = { $count ->
    [one] Отправляется { $count } сообщение.
    [few] Отправляются { $count } сообщения.
   *[other] Отправляются { $count } сообщений.
}
outbox-send-now-none-due = Сейчас отправлять нечего. Следующее сообщение будет отправлено { $at }.
outbox-send-now-nothing = Нет сообщений, ожидающих отправки.
send-title = Отправить { $name } по электронной почте
send-intro = Файл будет подписан сертификатом { $signer } и помещён в исходящие.
send-to = Адрес электронной почты получателя
send-to-hint = Несколько адресов можно разделить запятыми или точками с запятой.
send-name = Имя получателя
send-language = Язык письма
send-smime = Подписать также само письмо (S/MIME)
send-large-warning = С этим файлом письмо больше, чем принимают многие почтовые серверы; получатель может его не получить.
send-large-confirm = Всё равно отправить
send-submit = Подписать и отправить
send-busy = Подписание…
validation-send-to-required = Введите адрес электронной почты получателя.
validation-send-name-required = Введите имя получателя.
docs-send = Отправить по почте
docs-sent = { $name } подписан и ждёт в исходящих.
docs-open-outbox = Открыть исходящие
send-intro-signed = Документ, подписанный сертификатом { $signer }, будет помещён в исходящие; ключ нужен снова только для подписи самого письма.
send-submit-signed = Отправить
send-existing-legend = Что отправить
send-existing-this = { $name } уже есть: это этот документ, подписанный сертификатом { $signer }.
send-existing-reuse = Отправить эту подписанную копию как есть
send-existing-again = Подписать заново в новый файл
send-existing-other = { $name } уже есть, но это не этот документ, подписанный сертификатом { $signer }. Он остаётся как есть; новая подписанная копия получит другое имя.
send-output-name = Имя файла новой подписанной копии
send-output-name-hint = Она сохраняется в той же папке, что и документ.
audit-mail-queued = Письмо { $id } поставлено в очередь
audit-mail-sent = Письмо { $id } отправлено
audit-mail-retry = Письмо { $id } снова поставлено на отправку
audit-mail-cancelled = Письмо { $id } отменено
audit-mail-deferred = Письмо { $id } ещё не отправлено (попытка { $attempts })
audit-mail-failed = Не удалось отправить письмо { $id } (попытка { $attempts })
audit-mail-outcome-unknown = Письмо { $id }: отправка была прервана
audit-mail-template-saved = Шаблон { $kind } ({ $language }) сохранён
audit-mail-template-reset = Шаблон { $kind } ({ $language }) возвращён к тексту по умолчанию
