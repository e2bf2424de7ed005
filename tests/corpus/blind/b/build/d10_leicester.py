"""NOT a competency document: a university IT instruction sheet (Markdown), modelled on the University of
Leicester IT Services page 'Setup Multi-Factor Authentication (MFA) using Microsoft authenticator app'."""
import common as C
import util as U

STEM = "le-mfa-authenticator-setup"
FILE = STEM + ".md"
TITLE = "Set up multi-factor authentication (MFA) with the Microsoft Authenticator app"

TEXT = """# Set up multi-factor authentication (MFA) with the Microsoft Authenticator app

**IT Services · University of Leicester**

Allow 10 to 20 minutes to complete these instructions. We recommend that you follow them on a computer 💻 and use your phone or tablet 📱 only when a step tells you to.

## What you need

- a computer with a web browser
- a smartphone or tablet (iOS or Android) that can install apps
- your University IT account username and password

## Steps

1. 💻 On your computer, go to the **Security info** page (<https://aka.ms/mfasetup>). Sign in with your University IT account username and password if you are asked to.
2. 💻 A **More information required** screen appears. Select **Next**.
3. 📱 On your phone, open the App Store (iPhone) or Google Play (Android), search for **Microsoft Authenticator** and install the app. Follow the prompts to finish setting it up.
4. 💻 Back on your computer, select **Next** to set up your account.
5. 📱 In the Authenticator app, tap the menu (**⁞** on Android, **+** on iPhone), choose **Add account** and then **Work or school account**. Select **Scan a QR code**.
6. 📱 Hold your phone over the QR code on your computer screen until it scans. If the app asks for permission to use the camera, tap **Allow**.
7. 💻 Select **Next**. You can then choose how to confirm sign-ins:
    - approve a notification in the Microsoft Authenticator app, or
    - type in a one-time verification code (6 digits).
8. 💻 Microsoft will ask you to try out the method you chose.
   📱 Tap **Approve**, or enter the code shown in the app.
9. 💻 When you see **Notification approved**, select **Next**.
10. 💻 Select **Done**. The Microsoft Authenticator app is now set up on your phone or tablet.

> **Tip:** add a second sign-in method, such as a mobile phone number for text messages, so that you can still sign in if you lose your phone.

## Changing phone?

Before you reset or hand in your old phone, add the Authenticator app on the new one from the **Security info** page, then remove the old device. If you no longer have the old phone, contact the IT Service Desk to reset your MFA methods.

## Need help?

Contact the IT Service Desk:

- Phone: see the opening hours and numbers on the Service Desk page
- Self-service portal: <https://le.ac.uk/it-services/help>
- In person: David Wilson Library, ground floor

---

_Last updated: 14 March 2024 · IT Services, University of Leicester_
"""


def build():
    U.write(U.DOCS / FILE, TEXT)


def gold():
    return C.write_gold(U.DOCS / FILE, "md", TITLE, [])
