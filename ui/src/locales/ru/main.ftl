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
action-continue = Продолжить
action-close = Закрыть
action-retry = Повторить
action-lock = Заблокировать
action-print = Печать
action-save = Сохранить

## Навигация

nav-label = Главное меню
nav-identities = Удостоверения
nav-seal = Печать и сертификаты
nav-documents = Документы
nav-mail = Почта
nav-renewal = Продление
nav-companies = Компании
nav-settings = Настройки

## Экраны, которые пока пусты

coming-title = Скоро
coming-identities = Здесь вы будете регистрировать удостоверения для подписи: номер организации, проверенный по национальному правилу, подписанта, отображаемый адрес e-mail и пароль подписи; ровно одно удостоверение активно для подписи.
coming-seal = Здесь вы будете вести печать компании: создавать её в файле ключа или на токене, видеть её историю и срок действия, выпускать сертификаты для подписи и для пользователей портала и экспортировать их в PKCS#12.
coming-documents = Здесь вы будете подписывать PDF (PAdES) и любые другие файлы (.p7s), много сразу, и проверять подписанные документы.
coming-mail = Здесь вы настроите исходящую почту по таблице провайдеров, проверите соединение, отредактируете шаблоны и будете следить за исходящими.
coming-renewal = Здесь вы продлите много истекающих сертификатов за один возобновляемый запуск и проследите каждый запрос до конца.
coming-companies = Здесь вы будете вести клиентов как компании — каждую со своими пользователями, сертификатами, историей и отчётами.

## Мастер

wizard-step-of = Шаг { $current } из { $total }
wizard-steps-label = Ход мастера
wizard-summary = Проверьте перед завершением
wizard-working = Выполняется…

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

## Надёжность пароля

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
unlock-password = Пароль администратора
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
audit-settings-changed = Изменена настройка: { $key } = { $value }
audit-store-backed-up = Создана резервная копия данных
audit-key-generated = Создан ключ: { $algorithm }, { $location }
audit-seal-created = Создана печать компании { $id }: { $organization }, лет: { $years }
audit-seal-revoked = Печать компании { $id } отозвана
audit-seal-crl-published = Опубликован список отзыва № { $number } печати { $id }
audit-cert-issued = Печать { $seal } выпустила сертификат { $id } ({ $profile })
audit-cert-revoked = Сертификат { $id } отозван ({ $reason })
audit-cert-imported = Сертификаты импортированы
audit-cert-state-changed = Состояние сертификата { $id }: { $state }
audit-actor-administrator = Администратор

## Проблемы при запуске

startup-error-title = SealDesk не может открыть свои данные
startup-error-intro = Ничего не изменено. Подробности:

## Ошибки (по одной на каждый постоянный код; код «a.b-c» — сообщение «error-a-b-c»)

error-store-in-use = Данные SealDesk используются другим окном или командой SealDesk. Закройте их или подождите немного и повторите.
error-store-schema-too-new = Эти данные записаны более новой версией SealDesk (версия формата { $found }; эта программа знает версии до { $known }). Установите более новый SealDesk.
error-store-corrupt = Файл { $path } повреждён или не является хранилищем SealDesk. Он оставлен без изменений.
error-store-missing = В { $path } ещё нет данных SealDesk. Сначала настройте SealDesk.
error-store-no-data-dir = Для этого пользователя неизвестна папка данных приложений. Укажите папку данных явно.
error-io = Не удалось использовать { $path }: { $detail }
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
error-session-locked = SealDesk заблокирован. Разблокируйте его паролем администратора.
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
error-cert-invalid = Это не читаемый сертификат: { $detail }
error-cert-nothing-to-import = В файле { $path } нет сертификата.
error-cert-key-mismatch = Закрытый ключ не принадлежит этому сертификату.
error-cert-not-found = В SealDesk нет сертификата с номером { $id }.
error-cert-already-revoked = Сертификат { $id } уже отозван.
error-cert-not-issued-by-seal = Сертификат { $id } выпущен не печатью компании, поэтому SealDesk не может его отозвать.
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
error-key-not-exportable = Ключ сертификата { $id } находится на токене и не может его покинуть. Для файла PKCS#12 нужен ключ, хранящийся в файле.
error-cert-no-key = SealDesk не хранит закрытый ключ сертификата { $id }.
error-cancelled = Отменено.
error-cli-usage = Неверное использование команды: { $detail }
error-cli-secret-file = Не удалось прочитать секрет из { $source }: { $detail }
error-unknown = Что-то пошло не так: { $detail }
