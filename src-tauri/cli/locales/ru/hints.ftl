# Что ввести дальше после ошибки, на которую у командной строки есть своя опция.
hint-verify-signature-missing = укажите файл подписи опцией --signature ФАЙЛ
hint-pdf-header-not-at-start = или подпишите его отдельным файлом .p7s с опцией --detached
hint-mail-plain-not-allowed = чтобы всё же отправить без шифрования, добавьте --allow-plain
hint-mail-message-too-large = чтобы всё же отправить, добавьте --allow-large
hint-renewal-forbidden-email = задайте каждому новый адрес опцией --set-email CERT_ID=АДРЕС
hint-auth-required = укажите пароль оператора опцией --operator-password-file ФАЙЛ или переменной SEALDESK_OPERATOR_PASSWORD_FILE
hint-store-no-data-dir = выберите папку данных опцией --data-dir ПАПКА (или SEALDESK_DATA_DIR)
hint-token-module-not-set = укажите библиотеку токена опцией --module БИБЛИОТЕКА
