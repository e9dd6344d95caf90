# מה להקליד אחרי כשל ששורת הפקודה עונה עליו באחת מהאפשרויות שלה.
hint-verify-signature-missing = ציינו את קובץ החתימה עם --signature FILE
hint-pdf-header-not-at-start = או חתמו עליו כקובץ .p7s נפרד עם --detached
hint-mail-plain-not-allowed = כדי לשלוח בכל זאת ללא הצפנה, הוסיפו --allow-plain
hint-mail-message-too-large = כדי לשלוח בכל זאת, הוסיפו --allow-large
hint-renewal-forbidden-email = תנו לכל אחד כתובת חדשה עם --set-email CERT_ID=ADDRESS
hint-auth-required = ציינו את סיסמת המפעיל עם --operator-password-file FILE או עם המשתנה SEALDESK_OPERATOR_PASSWORD_FILE
hint-store-no-data-dir = בחרו את תיקיית הנתונים עם --data-dir DIR (או SEALDESK_DATA_DIR)
hint-token-module-not-set = ציינו את ספריית הטוקן עם --module LIB
