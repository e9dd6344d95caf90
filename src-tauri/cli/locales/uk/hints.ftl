# Що ввести далі після помилки, на яку командний рядок має власну опцію.
hint-verify-signature-missing = вкажіть файл підпису опцією --signature ФАЙЛ
hint-pdf-header-not-at-start = або підпишіть його окремим файлом .p7s з опцією --detached
hint-mail-plain-not-allowed = щоб усе ж надіслати без шифрування, додайте --allow-plain
hint-mail-message-too-large = щоб усе ж надіслати, додайте --allow-large
hint-renewal-forbidden-email = задайте кожному нову адресу опцією --set-email CERT_ID=АДРЕСА
hint-auth-required = вкажіть пароль оператора опцією --operator-password-file ФАЙЛ або змінною SEALDESK_OPERATOR_PASSWORD_FILE
hint-store-no-data-dir = виберіть теку даних опцією --data-dir ТЕКА (або SEALDESK_DATA_DIR)
hint-token-module-not-set = вкажіть бібліотеку токена опцією --module БІБЛІОТЕКА
