"""Write the sample PDFs shipped with the generated project, then check its eval sets against them.

Needs fpdf2 and pypdf; run from the template repository root:

    python scripts/generate_sample_pdfs.py

The five documents of the fictional company Northwind Robotics are original text written for
this template. Every page carries facts (numbers, names, codes) found on no other page, so each
eval question has exactly one right (document, page). The output is byte-for-byte reproducible.
"""

import io
import json
import re
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from pypdf import PdfReader

PROJECT = Path(__file__).resolve().parent.parent / "{{cookiecutter.project_slug}}"
PDF_DIR = PROJECT / "data" / "sample_pdfs"
EVAL_FILES = (PROJECT / "data" / "eval" / "minimal.jsonl", PROJECT / "data" / "eval" / "full.jsonl")
COMPANY = "Northwind Robotics"
# fpdf2 stamps the creation date into the file and hashes it into the /ID: fix it for stable bytes.
CREATION_DATE = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
MAX_PDF_BYTES = 20_000
WORDS_PER_PAGE = range(250, 401)


@dataclass(frozen=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Document:
    file_name: str
    title: str
    pages: tuple[tuple[Section, ...], ...]


EMPLOYEE_HANDBOOK = Document(
    "employee_handbook.pdf",
    "Employee Handbook",
    (
        (
            Section(
                "Welcome to Northwind Robotics",
                (
                    "Northwind Robotics designs and builds household and warehouse robots at its "
                    "headquarters on Foundry Lane in Brackley and at two assembly sites. This "
                    "handbook explains how we work together, what you can expect from us and what "
                    "we expect from you. It applies to every permanent and fixed-term employee; "
                    "contractors follow the terms of their own agreements. The People team owns "
                    "the handbook and reviews it every January. If anything here is unclear, ask "
                    "your manager or write to people@northwind-robotics.example.",
                ),
            ),
            Section(
                "Your first days",
                (
                    "Every new starter joins Launchpad, our onboarding programme, which runs for "
                    "12 working days. Launchpad starts with a welcome session every Monday at "
                    "09:30 in the Foundry Room on the ground floor, where you collect your badge "
                    "and your laptop. Your manager assigns you an onboarding buddy from a "
                    "different team before your first day. Your buddy takes you to lunch in your "
                    "first week and checks in with you every Friday until Launchpad ends.",
                    "During Launchpad you complete six short courses in the Learning Hub, "
                    "including the code of conduct and safety in the robot test hall. Access to "
                    "the test hall is only granted after the safety course has been passed, and "
                    "visitors to the hall must be escorted at all times.",
                ),
            ),
            Section(
                "Probation and your employee number",
                (
                    "The probation period lasts 120 days. Your manager holds a probation review "
                    "with you at the halfway point, around day 60, and confirms your permanent "
                    "status in writing at the end of the period. If more time is needed, probation "
                    "can be extended once, by up to 45 days.",
                    "Your employee number starts with the prefix NWR followed by five digits. "
                    "Quote it on every request you send to the People team, the Service Desk or "
                    "payroll, and never share it together with your date of birth.",
                ),
            ),
        ),
        (
            Section(
                "Annual leave",
                (
                    "Full-time employees receive 27 days of paid annual leave per year in addition "
                    "to public holidays. After five years of continuous service the allowance "
                    "rises to 30 days. Part-time employees receive a pro-rata share based on their "
                    "contracted hours. The leave year runs from 1 April to 31 March. You may carry "
                    "over up to 5 unused days into the next leave year; carried-over days must be "
                    "taken by 30 June or they expire.",
                ),
            ),
            Section(
                "Requesting leave",
                (
                    "Request all leave in LeaveDesk, the self-service portal. For any block longer "
                    "than one week, submit the request at least 10 working days in advance so that "
                    "your team can plan cover. Managers respond within 3 working days; a request "
                    "that has not been answered by then can be escalated to the People team. "
                    "Unused leave is not paid out, except in the leave year in which your "
                    "employment ends.",
                ),
            ),
            Section(
                "Sickness",
                (
                    "If you are unwell, tell your manager by 10:00 on the first day of absence, by "
                    "phone or message. You can self-certify absences of up to 7 calendar days by "
                    "completing the return-to-work form in LeaveDesk. For longer absences a "
                    "doctor's note is required. Sick pay is paid at full salary for the first 8 "
                    "weeks in any rolling twelve-month period.",
                ),
            ),
            Section(
                "Family and other leave",
                (
                    "Primary carers receive 20 weeks of parental leave at full pay and secondary "
                    "carers receive 6 weeks at full pay. Parental leave can be taken in up to "
                    "three blocks within the first year after the birth or adoption. Bereavement "
                    "leave is 5 days for a close family member. Every employee also has 3 "
                    "Community Days each year for volunteering with a registered charity.",
                ),
            ),
        ),
        (
            Section(
                "Hybrid working",
                (
                    "Most office-based roles at Northwind Robotics are hybrid. Teams spend at "
                    "least two days a week in the office, and Tuesday and Thursday are our anchor "
                    "days, when all hybrid staff are expected on site. Roles at the assembly sites "
                    "and in the robot test hall are fully on site because the work depends on the "
                    "equipment there.",
                    "Desks on the office floors are shared. Book one in the DeskFinder app up to "
                    "two weeks ahead; lockers for personal items are available on every floor.",
                ),
            ),
            Section(
                "Core hours and focus time",
                (
                    "Core hours are 10:30 to 15:00 in your local time zone; outside these hours "
                    "you can organise your day with your team. Fridays are focus days: please do "
                    "not schedule internal meetings before 13:00 on a Friday.",
                ),
            ),
            Section(
                "Equipment and allowances",
                (
                    "When you start working from home, you can claim a one-off home office "
                    "allowance of $450 for a desk, chair or monitor. The company also pays a home "
                    "internet stipend of $35 per month together with your salary. Company laptops "
                    "must never be left unattended in public places, and faults are reported to "
                    "the Service Desk on extension 2100.",
                ),
            ),
            Section(
                "Working from abroad",
                (
                    "You may work from another country for up to 20 working days per calendar "
                    "year, provided the Global Mobility team approves the request at least 4 weeks "
                    "before you travel. Some countries are excluded for tax or export control "
                    "reasons, and Global Mobility keeps the current list. Working from abroad is "
                    "never allowed during probation.",
                    "Employees who want to relocate permanently to another country should speak to "
                    "their manager first; a move abroad changes the employment contract and is "
                    "handled as an internal transfer.",
                ),
            ),
        ),
    ),
)

ROBOT_VACUUM_MANUAL = Document(
    "robot_vacuum_manual.pdf",
    "Breeze R7 Robot Vacuum - User Manual",
    (
        (
            Section(
                "About your Breeze R7",
                (
                    "Thank you for choosing the Breeze R7 from Northwind Robotics. The Breeze R7 "
                    "maps your home with a laser distance sensor and cleans room by room. The "
                    "robot measures 34 cm in diameter and 9.2 cm in height, so it fits under most "
                    "sofas and beds, and its dustbin holds 450 ml.",
                ),
            ),
            Section(
                "In the box",
                (
                    "The box contains the robot, the CD-70 charging dock with its power adapter, "
                    "two side brushes, one spare HEPA filter, a washable mop pad and this manual. "
                    "Keep the packaging until you are sure you will keep the robot, because "
                    "returns must be sent in the original box.",
                ),
            ),
            Section(
                "Placing the dock",
                (
                    "Place the CD-70 dock on a hard, level floor against a wall, with at least 0.5 "
                    "m of free space on each side and 1.5 m in front. Avoid direct sunlight and "
                    "keep the dock away from stairs. Plug in the adapter and run the cable along "
                    "the wall so that the robot cannot drag it.",
                ),
            ),
            Section(
                "First charge and app setup",
                (
                    "Before the first run, leave the robot on the dock for a full charge of 5 "
                    "hours. Install the Northwind Home app, create an account and add the robot. "
                    "The Breeze R7 connects to 2.4 GHz Wi-Fi networks only; 5 GHz networks are not "
                    "supported. The first run is a mapping run, which takes about 40 minutes in a "
                    "typical flat. Keep doors open during the mapping run so that the robot can "
                    "find every room.",
                ),
            ),
        ),
        (
            Section(
                "Battery",
                (
                    "The Breeze R7 uses a 5,200 mAh lithium-ion battery pack rated at 14.4 V, part "
                    "number BP-5200. On a full charge the robot runs for up to 150 minutes in Eco "
                    "mode, 110 minutes in Standard mode and 75 minutes in Turbo mode. Carpets and "
                    "mopping shorten the runtime.",
                ),
            ),
            Section(
                "Charging",
                (
                    "A full recharge from empty takes about 4 hours. When the charge drops to 15% "
                    "during a run, the robot returns to the dock on its own. With Auto-Resume "
                    "switched on in the app, it then continues cleaning where it stopped once the "
                    "battery is back at 80%. The light ring on the robot pulses white while "
                    "charging and turns solid green when the battery is full. If the robot cannot "
                    "find the dock, for example because the dock was moved, it stops where it is "
                    "and the app asks you to carry it back.",
                ),
            ),
            Section(
                "Storage",
                (
                    "If you do not plan to use the robot for a while, charge it to about 50%, "
                    "switch it off with the power button under the lid and store it in a dry place "
                    "between 10 and 25 \u00b0C. Recharge a stored robot at least every 3 months, "
                    "because a fully discharged lithium-ion battery can be damaged permanently. "
                    "Never charge the robot in a room colder than 5 \u00b0C.",
                ),
            ),
            Section(
                "Battery lifetime",
                (
                    "The battery keeps most of its capacity for about 600 full charge cycles. When "
                    "runtimes become noticeably shorter, order a replacement pack from the "
                    "Northwind Robotics online shop. To fit it, remove the four screws of the "
                    "battery cover under the robot and disconnect the plug of the old pack. Used "
                    "batteries must be taken to a battery recycling point and must not go in "
                    "household waste.",
                ),
            ),
        ),
        (
            Section(
                "Maintenance schedule",
                (
                    "Regular care keeps suction strong and the sensors accurate. Follow the "
                    "schedule below; the Northwind Home app reminds you when a part is due, based "
                    "on the running hours of the robot.",
                ),
            ),
            Section(
                "After every run",
                (
                    "Empty the dustbin after every run and tap the bin gently over the waste to "
                    "loosen dust from the filter. If you use the mop pad, remove it, rinse it in "
                    "warm water and let it dry. The pad can be washed about 50 times before it "
                    "needs replacing (part MP-3).",
                ),
            ),
            Section(
                "Every week",
                (
                    "Once a week, take out the filter and tap it clean; never wash the HEPA filter "
                    "with water. Lift the main brush out, cut away tangled hair with the cutting "
                    "tool in the brush cover and wipe the wheels with a damp cloth.",
                ),
            ),
            Section(
                "Every two weeks",
                (
                    "Every two weeks, wipe the six cliff sensors under the robot and the laser "
                    "sensor window on top with a dry microfibre cloth. Dirty cliff sensors make "
                    "the robot stop near edges or refuse to cross dark rugs.",
                ),
            ),
            Section(
                "Replacement parts",
                (
                    "Replace the HEPA filter every 3 months (part HF-21), the side brushes every 4 "
                    "months (part SB-12) and the main brush every 6 to 12 months, depending on "
                    "pets and carpets (part MB-44). Genuine parts are sold in the online shop and "
                    "by authorised dealers.",
                    "Firmware updates install automatically at 02:00 while the robot is on the "
                    "dock. You can choose a different update time in the app.",
                ),
            ),
        ),
        (
            Section(
                "Error codes",
                (
                    "When the robot stops because of a problem, the light ring flashes red and the "
                    "Northwind Home app shows an error code, which the robot also speaks aloud. "
                    "Each code, its meaning and what to do:",
                    "E01 - Wheel jammed: lift the robot and remove hair or string from both drive "
                    "wheels.",
                    "E02 - Side brush blocked: unscrew the side brush and clear any tangles.",
                    "E03 - Cliff sensor dirty: wipe the six cliff sensors with a dry cloth.",
                    "E04 - Bumper stuck: tap the front bumper until it moves freely.",
                    "E05 - Dustbin missing: insert the dustbin until it clicks.",
                    "E06 - Main brush overloaded: remove the main brush and cut away hair.",
                    "E07 - Battery temperature outside 0 to 45 \u00b0C: move the robot to a room "
                    "at normal temperature and wait 30 minutes.",
                    "E09 - Wi-Fi pairing failed: check the network name and password in the app.",
                    "E11 - Dock not found: carry the robot to the dock and check that the dock has "
                    "power.",
                    "E14 - Laser sensor blocked: remove objects from the sensor cover on top.",
                ),
            ),
            Section(
                "Resetting the robot",
                (
                    "If an error persists, reset the robot by holding the Home and Power buttons "
                    "together for 10 seconds until you hear a chime. A reset keeps your maps but "
                    "clears the Wi-Fi settings, so you will need to add the robot to the app "
                    "again.",
                ),
            ),
            Section(
                "Contacting support",
                (
                    "If the error comes back after a reset, call Northwind Robotics support on "
                    "0800 555 0199, Monday to Saturday from 08:00 to 20:00. Have the serial number "
                    "ready: it starts with BRZ7 and is printed under the dustbin.",
                ),
            ),
        ),
    ),
)

IT_SECURITY_POLICY = Document(
    "it_security_policy.pdf",
    "IT Security Policy",
    (
        (
            Section(
                "Purpose and scope",
                (
                    "This policy protects the information and systems of Northwind Robotics, "
                    "including the cloud services behind the Northwind Home app. It applies to all "
                    "employees, contractors and interns who use a company account. The policy is "
                    "owned by the Chief Information Security Officer, Dana Whitfield, and is "
                    "reviewed every year in September. Exceptions must be requested in writing and "
                    "approved by the CISO; an approved exception is valid for at most 6 months and "
                    "is recorded in the exception register.",
                ),
            ),
            Section(
                "Passwords",
                (
                    "Passwords for company accounts must be at least 14 characters long. We "
                    "recommend a passphrase of four or more unrelated words. A new password must "
                    "not match any of your last 12 passwords, and a work password must never be "
                    "used on a personal or external website. You do not need to change your "
                    "password on a schedule, but change it immediately if you suspect that someone "
                    "else knows it.",
                ),
            ),
            Section(
                "Password manager",
                (
                    "Store all work passwords in VaultBox, the company password manager, which is "
                    "installed on every company laptop. Never write passwords down, share them by "
                    "chat or email, or save them in a browser profile that syncs to a personal "
                    "account. VaultBox can also generate strong random passwords, and it warns you "
                    "when a saved password appears in a known data breach.",
                ),
            ),
            Section(
                "Account lockout and service accounts",
                (
                    "After 8 failed sign-in attempts an account is locked for 30 minutes; the "
                    "Service Desk can unlock it sooner once it has confirmed your identity. "
                    "Service accounts used by build pipelines and by robots on the test hall "
                    "network need passwords of at least 32 characters, which are generated by "
                    "VaultBox and rotated every 180 days.",
                ),
            ),
        ),
        (
            Section(
                "Multi-factor authentication",
                (
                    "Multi-factor authentication (MFA) is required for every company system that "
                    "supports it, including email, the code repositories and the VPN. The approved "
                    "methods are a FIDO2 security key or push notifications from the Northwind "
                    "Authenticator app. Administrators and anyone with access to production "
                    "systems must use a FIDO2 security key.",
                    "SMS codes are not an approved method. The Service Desk can enable them as a "
                    "temporary fallback for at most 3 days, for example while a replacement key is "
                    "on its way.",
                ),
            ),
            Section(
                "Lost or stolen devices",
                (
                    "Report a lost security key, phone or laptop to the Service Desk within 4 "
                    "hours of noticing the loss, even outside office hours. The Service Desk "
                    "revokes the access of the device and issues a replacement. Every employee is "
                    "entitled to two security keys: one for daily use and one kept at home as a "
                    "spare.",
                ),
            ),
            Section(
                "Company laptops",
                (
                    "Company laptops are delivered with full-disk encryption and endpoint "
                    "protection, and you must not disable either. Operating system and browser "
                    "updates must be installed within 14 days of release, and critical security "
                    "updates within 48 hours. The screen must lock automatically after 5 minutes "
                    "without activity.",
                ),
            ),
            Section(
                "Personal devices",
                (
                    "Personal phones may be used for email and chat only after installing the "
                    "mobile device management profile of the company, which lets IT remove company "
                    "data remotely. Personal computers must never be used to access source code or "
                    "customer data.",
                ),
            ),
            Section(
                "Software and USB storage",
                (
                    "Only install software from the Northwind Software Centre. IT reviews requests "
                    "for other software within 3 business days. USB storage devices are blocked on "
                    "company laptops; use the company file sharing service to exchange files with "
                    "partners.",
                ),
            ),
        ),
        (
            Section(
                "What to report",
                (
                    "A security incident is any event that could put company information, systems "
                    "or customers at risk: a suspicious email, a lost device, a malware warning, "
                    "data sent to the wrong person, or an unknown person in a restricted area.",
                ),
            ),
            Section(
                "How to report",
                (
                    "Report every suspected incident within 1 hour to the Security Operations "
                    "Centre (SOC), by calling extension 4040 or writing to "
                    "security@northwind-robotics.example. Phishing emails can be reported with the "
                    "Report Phish button in the mail client, which sends a copy to the SOC and "
                    "removes the message from your inbox.",
                    "Do not switch off a laptop that you think is infected, because this erases "
                    "evidence. Disconnect it from the network instead and wait for instructions "
                    "from the SOC.",
                ),
            ),
            Section(
                "Severity levels",
                (
                    "The SOC classifies each incident by severity and responds within these "
                    "targets: SEV1 (critical, for example customer data exposed) within 15 "
                    "minutes, SEV2 within 2 hours, SEV3 within 1 business day and SEV4 within 5 "
                    "business days.",
                ),
            ),
            Section(
                "Training and exercises",
                (
                    "All staff complete the annual security awareness course by 30 November. The "
                    "SOC runs a simulated phishing campaign every month and a tabletop incident "
                    "exercise with the leadership team every quarter. Nobody is disciplined for "
                    "reporting an incident they caused by mistake; late reporting, not the "
                    "mistake, is what makes incidents expensive.",
                ),
            ),
            Section(
                "After an incident",
                (
                    "Once an incident is closed, the SOC writes a short review within 7 days that "
                    "describes what happened and what will change. Reviews are shared with "
                    "everyone who helped, and their lessons feed into the next awareness course. "
                    "The phone number of the SOC is printed on the back of every employee badge.",
                ),
            ),
        ),
    ),
)

TRAVEL_EXPENSE_POLICY = Document(
    "travel_expense_policy.pdf",
    "Travel and Expense Policy",
    (
        (
            Section(
                "Scope",
                (
                    "This policy covers business travel and travel expenses for all Northwind "
                    "Robotics employees. Travel must have a clear business purpose, and meetings "
                    "that can be held by video call should be. The Finance team owns this policy "
                    "and answers questions about it.",
                ),
            ),
            Section(
                "Booking channel",
                (
                    "Book all flights, trains, hotels and rental cars through TripDesk, our travel "
                    "booking portal, so that we can locate you in an emergency and benefit from "
                    "negotiated rates. Bookings must be made at least 14 days before departure; "
                    "later bookings need a short justification in TripDesk.",
                ),
            ),
            Section(
                "Flights and trains",
                (
                    "Take the train for journeys that take less than 4 hours by rail. Book economy "
                    "class for flights of up to 6 hours. For flights longer than 6 hours premium "
                    "economy is allowed, and business class is only allowed for flights longer "
                    "than 10 hours with the written approval of a vice president. Checked baggage "
                    "is covered for trips of three nights or more.",
                ),
            ),
            Section(
                "Hotels and rental cars",
                (
                    "Hotel rates are capped at $210 per night in standard cities and $290 per "
                    "night in high-cost cities, which are New York, London, Tokyo and Zurich. "
                    "Rental cars must be compact class unless four or more employees travel "
                    "together. Always decline the extra insurance offered at the rental desk, "
                    "because the corporate insurance policy already covers rental cars.",
                ),
            ),
            Section(
                "Insurance and safety",
                (
                    "Employees on business trips are covered by the company travel insurance, "
                    "which includes medical care and emergency evacuation. Before travelling to a "
                    "country rated high risk, register the trip with the Security team at least 7 "
                    "days in advance and complete the travel safety briefing.",
                ),
            ),
        ),
        (
            Section(
                "Per diem",
                (
                    "Instead of itemised meal receipts, travellers receive a daily allowance (per "
                    "diem) for meals and incidentals. The per diem is $75 per day for domestic "
                    "trips, $95 per day for international trips and $120 per day in the high-cost "
                    "cities. On the first and last day of a trip, 75% of the daily rate applies. "
                    "If a meal is provided, for example at a conference, deduct $20 for a lunch "
                    "and $30 for a dinner.",
                ),
            ),
            Section(
                "Client entertainment",
                (
                    "When you host customers or partners, the meal is claimed separately from the "
                    "per diem, up to $90 per person including drinks. Alcohol is only reimbursed "
                    "at client dinners and never more than $40 per person. List the names and "
                    "companies of all guests on the claim.",
                ),
            ),
            Section(
                "Local transport and mileage",
                (
                    "Taxis and ride-hailing are reimbursed when public transport is impractical, "
                    "for example after 22:00 or when carrying heavy equipment. Using your own car "
                    "for a business trip is reimbursed at $0.67 per mile; commuting between home "
                    "and your usual office is not reimbursable. Parking and tolls are claimed at "
                    "cost.",
                ),
            ),
            Section(
                "Receipts and tips",
                (
                    "Keep an itemised receipt for every expense above $25. A photo of the receipt "
                    "uploaded to the claim is enough; you do not need to keep the paper copy. Tips "
                    "are reimbursed up to 15% of the bill.",
                ),
            ),
            Section(
                "Expenses that are not reimbursed",
                (
                    "Personal items such as clothing and toiletries, traffic fines, minibar "
                    "purchases and in-flight entertainment are not reimbursed. Seat and room "
                    "upgrades are paid by the traveller. Loyalty points earned on business trips "
                    "may be kept.",
                ),
            ),
        ),
        (
            Section(
                "Trip approval",
                (
                    "Every trip needs approval before booking, based on its estimated total cost. "
                    "Trips below $2,000 are approved by your line manager, trips from $2,000 to "
                    "$7,500 by your department head, and trips above $7,500 by the Chief Financial "
                    "Officer, Helena Marsh. TripDesk routes each request to the right approver "
                    "automatically.",
                ),
            ),
            Section(
                "Submitting claims",
                (
                    "Submit expense claims in ExpenseFlow within 30 days of returning from a trip. "
                    "Claims submitted more than 90 days after the expense are rejected unless the "
                    "Chief Financial Officer grants an exception. Reimbursements are paid with the "
                    "next payroll run after approval, normally within 10 business days.",
                ),
            ),
            Section(
                "Corporate card",
                (
                    "Employees who travel more than four times a year receive a Northwind Visa "
                    "corporate card. Use it for business expenses only, never for personal "
                    "purchases, and reconcile each statement in ExpenseFlow by the 5th of the "
                    "following month. Cash withdrawals with the card are limited to $300 per trip.",
                ),
            ),
            Section(
                "Lost receipts",
                (
                    "If a receipt is lost, complete the lost receipt declaration, form TE-9, and "
                    "attach it to your claim. Each employee can use form TE-9 at most twice per "
                    "calendar year; after that, expenses without a receipt are not reimbursed.",
                ),
            ),
            Section(
                "Advances and audits",
                (
                    "If you cannot pay travel costs in advance, request a cash advance of up to "
                    "$1,000 in ExpenseFlow at least 5 working days before the trip. Advances are "
                    "settled with the claim for that trip.",
                    "Finance audits a random sample of 5% of all claims every month. An expense "
                    "that breaks this policy is deducted from your next salary payment, and "
                    "deliberately false claims are treated as misconduct.",
                ),
            ),
        ),
    ),
)

WARRANTY_AND_RETURNS = Document(
    "warranty_and_returns.pdf",
    "Warranty and Returns Policy",
    (
        (
            Section(
                "What the warranty covers",
                (
                    "Northwind Robotics warrants its consumer robots against defects in materials "
                    "and workmanship. The Breeze R7 robot vacuum and the CD-70 charging dock are "
                    "covered for 24 months from the date of delivery. The battery pack is covered "
                    "for 12 months, and consumable accessories such as brushes, filters and mop "
                    "pads for 90 days.",
                ),
            ),
            Section(
                "What is not covered",
                (
                    "The warranty does not cover damage caused by liquids, falls, unauthorised "
                    "repairs or use with third-party chargers, nor normal wear of consumable "
                    "parts. Cosmetic scratches that do not affect how the robot works are also "
                    "excluded.",
                ),
            ),
            Section(
                "CarePlus and registration",
                (
                    "CarePlus extends the warranty by 36 months and adds one accidental damage "
                    "repair per year. CarePlus costs $79 and must be bought within 60 days of "
                    "delivery. Owners who register their robot in the Northwind Home app within 21 "
                    "days of delivery receive an extra 6 months of standard warranty at no cost.",
                ),
            ),
            Section(
                "Making a warranty claim",
                (
                    "To make a claim, open a support request in the Northwind Home app or on our "
                    "website and add your proof of purchase and the serial number. We collect the "
                    "product with a prepaid courier and repair or replace it within 8 business "
                    "days of receiving it. A repaired product keeps the remaining warranty or 90 "
                    "days of cover, whichever is longer.",
                ),
            ),
            Section(
                "Products used abroad",
                (
                    "The warranty is valid in the country where the product was bought. If you "
                    "move abroad, contact support before sending the robot anywhere, because "
                    "service in another country may take longer and you may have to pay for "
                    "shipping. Your statutory rights as a consumer are not affected by this "
                    "warranty.",
                ),
            ),
        ),
        (
            Section(
                "Returning a product",
                (
                    "Products bought directly from Northwind Robotics can be returned within 30 "
                    "days of delivery for any reason. Unopened products are refunded in full. "
                    "Opened products without a defect are subject to a restocking fee of 15% of "
                    "the purchase price, and they must be complete and in the original box. "
                    "Products bought from a dealer are returned to that dealer under its own "
                    "terms.",
                ),
            ),
            Section(
                "Return authorisation",
                (
                    "Every return needs a return authorisation. Request it in your online account "
                    "and you will receive an RMA number: the letters RMA followed by 8 digits. An "
                    "RMA number is valid for 14 days, and the parcel must be handed to the carrier "
                    "within that time. Write the RMA number on the outside of the parcel.",
                ),
            ),
            Section(
                "Dead on arrival",
                (
                    "If a product does not work when you first unpack it, report it within 72 "
                    "hours of delivery. We then ship a replacement by express delivery before you "
                    "send the faulty unit back, and the return label is free.",
                ),
            ),
            Section(
                "Refunds",
                (
                    "Refunds go to the original payment method within 5 to 7 business days after "
                    "the returned product has passed inspection at our returns centre in "
                    "Kettering. Shipping costs are refunded only when the product was defective or "
                    "we sent the wrong item. Gift cards and CarePlus plans bought with a product "
                    "are refunded together with it.",
                ),
            ),
            Section(
                "Trade-in programme",
                (
                    "When you buy a new Northwind robot, you can trade in an old robot vacuum of "
                    "any brand and receive a credit of $50 per robot, for up to two robots per "
                    "order. Send the old robot within 45 days of receiving the new one.",
                ),
            ),
        ),
    ),
)

CORPUS = (
    EMPLOYEE_HANDBOOK,
    ROBOT_VACUUM_MANUAL,
    IT_SECURITY_POLICY,
    TRAVEL_EXPENSE_POLICY,
    WARRANTY_AND_RETURNS,
)

# Key facts of an expected response: codes ("E07", "TE-9"), numbers with their unit ("27 days",
# "$450", "15%", "5th") and capitalised names inside a sentence ("Helena Marsh"). Units are
# part of the fact so that "30 days" and "30 minutes" count as different facts.
_UNIT = (
    r"(?: (?:(?:working|calendar|business) )?(?:day|week|month|hour|minute|second|year)s?"
    r"| (?:characters|times|cm|ml|m)\b)?"
)
_FACT = re.compile(
    r"\b[A-Z]+-?\d[\w-]*"
    rf"|(?<![\w.])[$]?\d(?:[\d.,:]*\d)?(?:%|st|nd|rd|th)?{_UNIT}"
    r"|(?<=[\w,;:(] )[A-Z][\w-]*(?: [A-Z][\w-]*)*"
)


def render(document: Document) -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(CREATION_DATE)
    pdf.set_title(document.title)
    pdf.set_author(COMPANY)
    # A page of the definition must be exactly one PDF page: overflow is an error, not a new page.
    pdf.set_auto_page_break(False)
    pdf.set_margins(20, 18)
    for number, sections in enumerate(document.pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=8)
        pdf.cell(0, 4, f"{COMPANY} | {document.title}", new_x="LMARGIN", new_y="NEXT")
        if number == 1:
            pdf.set_font("Helvetica", "B", 16)
            pdf.multi_cell(0, 9, document.title, new_x="LMARGIN", new_y="NEXT")
        for section in sections:
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, section.heading, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", size=10.5)
            for paragraph in section.paragraphs:
                pdf.multi_cell(0, 5, paragraph, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
        if pdf.get_y() > pdf.h - 22:
            raise ValueError(f"{document.file_name} page {number} runs into the footer")
        pdf.set_y(-16)
        pdf.set_font("Helvetica", size=8)
        pdf.cell(0, 4, f"Page {number} of {len(document.pages)}", align="C")
    return bytes(pdf.output())


def extracted_pages(data: bytes) -> list[str]:
    """Page texts as the ingestion job sees them, with whitespace collapsed."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


def key_facts(response: str) -> list[str]:
    return _FACT.findall(response)


def occurs(fact: str, text: str) -> bool:
    return re.search(rf"(?<![\w$.]){re.escape(fact)}(?!\w)", text) is not None


def check_corpus(rendered: dict[str, bytes]) -> list[str]:
    problems = []
    for document in CORPUS:
        data = rendered[document.file_name]
        if len(data) >= MAX_PDF_BYTES:
            problems.append(f"{document.file_name}: {len(data)} bytes")
        texts = extracted_pages(data)
        if len(texts) != len(document.pages):
            problems.append(f"{document.file_name}: {len(texts)} pages extracted")
        for number, text in enumerate(texts, start=1):
            if len(text.split()) not in WORDS_PER_PAGE:
                problems.append(f"{document.file_name} page {number}: {len(text.split())} words")
    return problems


def check_eval_sets(rendered: dict[str, bytes]) -> list[str]:
    """Every expected answer must be backed by its cited page, and by that page only."""
    pages = {
        f"{name}#page={number}": text
        for name, data in rendered.items()
        for number, text in enumerate(extracted_pages(data), start=1)
    }
    problems = []
    row_sets = []
    for path in EVAL_FILES:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        row_sets.append(rows)
        for row_number, row in enumerate(rows, start=1):
            where = f"{path.name}:{row_number}"
            expectations = row["expectations"]
            uris = [context["doc_uri"] for context in expectations["expected_retrieved_context"]]
            if len(uris) != 1 or uris[0] not in pages:
                problems.append(f"{where}: doc_uri {uris} is not exactly one corpus page")
                continue
            facts = key_facts(expectations["expected_response"])
            if not facts:
                problems.append(f"{where}: the expected response has no checkable fact")
            missing = [fact for fact in facts if not occurs(fact, pages[uris[0]])]
            if missing:
                problems.append(f"{where}: {missing} not on {uris[0]}")
            elsewhere = [
                uri
                for uri, text in pages.items()
                if uri != uris[0] and facts and all(occurs(fact, text) for fact in facts)
            ]
            if elsewhere:
                problems.append(f"{where}: the facts {facts} also all occur on {elsewhere}")
    minimal, full = row_sets
    if any(row not in full for row in minimal):
        problems.append("minimal.jsonl has rows that full.jsonl lacks")

    def cited(rows: list[dict]) -> list[str]:
        return [
            context["doc_uri"]
            for row in rows
            for context in row["expectations"]["expected_retrieved_context"]
        ]

    if sorted(uri.split("#")[0] for uri in cited(minimal)) != sorted(rendered):
        problems.append("minimal.jsonl must cite each document exactly once")
    uncovered = sorted(set(pages) - set(cited(full)))
    if uncovered:
        problems.append(f"full.jsonl asks nothing about {uncovered}")
    return problems


def main() -> None:
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    rendered = {document.file_name: render(document) for document in CORPUS}
    for name, data in rendered.items():
        (PDF_DIR / name).write_bytes(data)
    problems = check_corpus(rendered) + check_eval_sets(rendered)
    if problems:
        sys.exit("\n".join(["Sample corpus check failed:", *problems]))
    print(f"wrote {len(rendered)} PDFs to {PDF_DIR}; eval sets match the corpus")


if __name__ == "__main__":
    main()
