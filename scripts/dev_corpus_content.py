"""The text of the development corpus that scripts/generate_dev_corpus.py renders.

Original text about a fictional logistics group, Corvane Group, and two of its suppliers. Every
question is written in other words than the sentence that answers it. Distractors on purpose:
four policies exist in a 2024 and a 2025 version with changed figures (their questions name the
year), "premium" is an insurance charge in two documents and a subscription tier or support plan
in two others, and three reports hold tables of figures.
"""

from dataclasses import dataclass

ORGANISATION = "Corvane Group"


@dataclass(frozen=True)
class Fact:
    """A sentence of a page and the question it answers, asked in other words."""

    sentence: str
    question: str
    answer: str
    facts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Versioned:
    """A sentence whose figure changed between the 2024 and 2025 version of a policy. The
    sentence has one `{}` for the figure; the question names the year as `{year}`."""

    sentence: str
    question: str
    answers: tuple[str, str]


@dataclass(frozen=True)
class Cell:
    """A question answered by one cell of a table: the row's label and the column's heading."""

    row: str
    column: str
    question: str


@dataclass(frozen=True)
class Table:
    heading: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    questions: tuple[Cell, ...]


@dataclass(frozen=True)
class Section:
    """A heading and its paragraph: facts (or plain sentences) and a table, in order."""

    heading: str
    items: tuple = ()
    table: Table | None = None


@dataclass(frozen=True)
class Document:
    file_name: str
    title: str
    pages: tuple[tuple[Section, ...], ...]
    # Sentences without figures that pad a short page, read in turn.
    filler: tuple[str, ...] = ()


@dataclass(frozen=True)
class Family:
    """A policy published in two versions: the same pages with other figures."""

    stem: str
    title: str
    pages: tuple[tuple[Section, ...], ...]
    filler: tuple[str, ...]


YEARS = ("2024", "2025")
# Sentences every document may pad a page with, after its own.
COMMON_FILLER = (
    "The owner of this document reviews it regularly and publishes changes on the intranet.",
    "Where this document and a signed contract differ, the contract applies.",
    "Employees who are unsure how a rule applies ask their manager before acting.",
    "Earlier guidance on the same subject is withdrawn when this document is published.",
    "Requests for an exception are made in writing and kept with the decision.",
)

TRAVEL = Family(
    "travel_expense_policy",
    "Travel and Expense Policy",
    (
        (
            Section(
                "Purpose and scope",
                (
                    "This policy sets out how employees of Corvane Group book business travel and "
                    "claim back the costs they incur on company business.",
                    Versioned(
                        "It applies to all staff and to contractors whose agreements refer to it, "
                        "and it takes effect on {}.",
                        "From which date did the {year} rules on business trips and claims apply?",
                        ("1 February 2024", "3 March 2025"),
                    ),
                ),
            ),
            Section(
                "Booking travel",
                (
                    Versioned(
                        "All trips are booked through Wayfare, the corporate travel portal, at "
                        "least {} before departure unless the trip is urgent.",
                        "Under the {year} edition, how far ahead must a journey be reserved?",
                        ("10 calendar days", "14 calendar days"),
                    ),
                    Versioned(
                        "Economy class is used for every flight of up to {}; longer flights may be "
                        "booked in premium economy with the approval of a director.",
                        "In {year}, up to what flying time must staff sit in the cheapest cabin?",
                        ("6 hours", "7 hours"),
                    ),
                ),
            ),
            Section(
                "Rail and road",
                (
                    Versioned(
                        "Standard class rail is the default; first class is allowed for journeys "
                        "longer than {}.",
                        "According to the {year} version, when may an employee take a first-class "
                        "train seat?",
                        ("150 minutes", "180 minutes"),
                    ),
                ),
            ),
        ),
        (
            Section(
                "Hotels",
                (
                    Versioned(
                        "The nightly room rate may not exceed {} in London.",
                        "What is the highest price per night for lodging in the UK capital under "
                        "the {year} policy?",
                        ("GBP 195", "GBP 215"),
                    ),
                    Versioned(
                        "In other cities the cap for a room is {} per night, including breakfast "
                        "where it is offered.",
                        "Outside London, how much can accommodation cost each night per the {year} "
                        "rules?",
                        ("GBP 128", "GBP 142"),
                    ),
                ),
            ),
            Section(
                "Meals and allowances",
                (
                    Versioned(
                        "A daily subsistence allowance of {} covers meals and small incidental "
                        "costs on a full day away.",
                        "How much per diem did the {year} policy give for food on a whole day of "
                        "travel?",
                        ("GBP 46", "GBP 52"),
                    ),
                    Versioned(
                        "Alcohol is not reimbursed, except at client dinners approved in advance, "
                        "where the limit is {} per guest.",
                        "For an entertained customer meal in {year}, what was the spending ceiling "
                        "for each attendee?",
                        ("GBP 64", "GBP 69"),
                    ),
                ),
            ),
        ),
        (
            Section(
                "Using your own car",
                (
                    Versioned(
                        "Business mileage in a private car is paid at {} per mile for the first "
                        "10,000 miles in a tax year.",
                        "What rate per mile did the {year} policy pay for driving a personal "
                        "vehicle for work?",
                        ("41 pence", "45 pence"),
                    ),
                    Versioned(
                        "Passengers who are also employees add {} per mile each.",
                        "Under the {year} rules, what extra amount is paid per mile for carrying a "
                        "colleague?",
                        ("2 pence", "5 pence"),
                    ),
                ),
            ),
            Section(
                "Submitting a claim",
                (
                    Versioned(
                        "Expense claims are submitted in Ledgerly with itemised receipts within {} "
                        "of the end of the trip.",
                        "How long after returning does an employee have to file costs for "
                        "repayment under the {year} version?",
                        ("40 days", "30 days"),
                    ),
                    Versioned(
                        "Approved claims are paid with the next payroll run, and claims above {} "
                        "need a second approval from finance.",
                        "Above what total does a reimbursement request need a further sign-off "
                        "from the finance team in {year}?",
                        ("GBP 2,500", "GBP 1,800"),
                    ),
                ),
            ),
        ),
        (
            Section(
                "Corporate cards",
                (
                    Versioned(
                        "Employees who travel more than {} a year may apply for a Corvane "
                        "corporate card.",
                        "How many trips per year qualify someone for a company credit card in "
                        "{year}?",
                        ("six times", "five times"),
                    ),
                    Versioned(
                        "The monthly limit of a corporate card is {}, and cash withdrawals are "
                        "blocked.",
                        "What is the most that can be charged to a company card in a month under "
                        "the {year} policy?",
                        ("GBP 4,000", "GBP 5,500"),
                    ),
                ),
            ),
            Section(
                "Breaches",
                (
                    Versioned(
                        "Costs that break this policy are recovered from salary, and repeated "
                        "breaches within {} are reported to the audit committee.",
                        "In the {year} edition, over what period do repeated violations get "
                        "escalated to the auditors?",
                        ("14 months", "18 months"),
                    ),
                ),
            ),
        ),
    ),
    (
        "Travel should be planned so that the purpose of the trip could not be met by a video "
        "call.",
        "Employees are expected to choose the most economical option that still allows them to "
        "work effectively.",
        "Questions about this policy go to the finance operations team.",
        "Managers approve travel for their direct reports before anything is booked.",
        "Personal trips combined with business travel are paid for by the employee.",
    ),
)

REMOTE = Family(
    "remote_work_policy",
    "Remote and Hybrid Work Policy",
    (
        (
            Section(
                "Who can work remotely",
                (
                    "Hybrid working is open to roles whose work does not depend on a depot, a "
                    "vehicle or equipment on site.",
                    Versioned(
                        "Employees become eligible once they have completed {} of service.",
                        "How long must someone have been employed before hybrid work is allowed "
                        "under the {year} rules?",
                        ("26 weeks", "13 weeks"),
                    ),
                    Versioned(
                        "Office-based teams attend the office on at least {} each week.",
                        "What was the minimum in-person attendance per week in {year}?",
                        ("three days", "two days"),
                    ),
                ),
            ),
            Section(
                "Working abroad",
                (
                    Versioned(
                        "Remote work from another country is allowed for up to {} in any rolling "
                        "year, after approval by the People team.",
                        "Per the {year} policy, how long may an employee work from outside the "
                        "country each year?",
                        ("20 working days", "35 working days"),
                    ),
                ),
            ),
        ),
        (
            Section(
                "Equipment and costs",
                (
                    Versioned(
                        "Each hybrid employee receives a one-off home office grant of {} for a "
                        "desk, a chair and a monitor.",
                        "What lump sum was given for furnishing a home workspace in {year}?",
                        ("GBP 330", "GBP 420"),
                    ),
                    Versioned(
                        "A monthly allowance of {} contributes to broadband and energy costs.",
                        "How much per month did the {year} policy pay towards internet and "
                        "heating bills at home?",
                        ("GBP 18", "GBP 26"),
                    ),
                ),
            ),
            Section(
                "Availability",
                (
                    Versioned(
                        "Core hours, when everyone is reachable, run from {} on working days.",
                        "During which hours must remote staff be contactable according to the "
                        "{year} version?",
                        ("10:00 to 15:00", "10:30 to 15:30"),
                    ),
                ),
            ),
        ),
        (
            Section(
                "Health, safety and security",
                (
                    Versioned(
                        "Every home workstation is assessed with the online checklist within {} "
                        "of starting hybrid work.",
                        "In {year}, by when must the ergonomic self-assessment of a home desk be "
                        "done?",
                        ("one calendar month", "two weeks"),
                    ),
                    Versioned(
                        "Laptops lock automatically after {} without input, and public Wi-Fi is "
                        "used only through the company VPN.",
                        "After how long idle does a work computer secure itself under the {year} "
                        "policy?",
                        ("15 minutes", "5 minutes"),
                    ),
                ),
            ),
            Section(
                "Ending an arrangement",
                (
                    Versioned(
                        "Either the employee or the manager may end a hybrid arrangement with {} "
                        "notice.",
                        "How much warning must be given to stop a flexible location agreement "
                        "in {year}?",
                        ("four weeks", "eight weeks"),
                    ),
                ),
            ),
        ),
    ),
    (
        "Hybrid working is a way of organising work, not a contractual right.",
        "Teams agree among themselves how they use their office days.",
        "Confidential papers are not printed at home.",
        "Managers review arrangements with each employee during the yearly conversation.",
    ),
)

RETENTION = Family(
    "data_retention_schedule",
    "Data Retention Schedule",
    (
        (
            Section(
                "Why records are kept",
                (
                    "Corvane Group keeps records only as long as the law or a business need "
                    "requires, and then deletes or destroys them securely.",
                    Versioned(
                        "The schedule is owned by the Records Office and reviewed every {}.",
                        "How often was the list of storage periods revisited under the {year} "
                        "schedule?",
                        ("27 months", "15 months"),
                    ),
                ),
            ),
            Section(
                "People records",
                (
                    Versioned(
                        "Personnel files of former employees are kept for {} after the end of "
                        "employment.",
                        "In {year}, how long did the company hold the files of staff who had left?",
                        ("7 years", "6 years"),
                    ),
                    Versioned(
                        "Applications of unsuccessful candidates are deleted {} after the "
                        "recruitment closes.",
                        "When are CVs from rejected job seekers erased, per the {year} version?",
                        ("11 months", "5 months"),
                    ),
                ),
            ),
        ),
        (
            Section(
                "Operational records",
                (
                    Versioned(
                        "Delivery notes and proofs of delivery are kept for {}.",
                        "How long were signed consignment receipts stored under the {year} rules?",
                        ("30 months", "40 months"),
                    ),
                    Versioned(
                        "Depot CCTV footage is overwritten after {} unless an incident has been "
                        "reported.",
                        "In {year}, after how many days was security camera video recorded over?",
                        ("33 days", "19 days"),
                    ),
                    Versioned(
                        "Vehicle telematics data is retained for {} and then reduced to monthly "
                        "totals.",
                        "How long was raw truck tracking information held before being "
                        "aggregated in {year}?",
                        ("13 months", "25 months"),
                    ),
                ),
            ),
        ),
        (
            Section(
                "Financial and customer records",
                (
                    Versioned(
                        "Invoices, ledgers and tax records are kept for {} after the end of the "
                        "financial year.",
                        "What was the storage period for accounting documents in the {year} "
                        "schedule?",
                        ("10 years", "8 years"),
                    ),
                    Versioned(
                        "Customer support recordings are deleted after {}.",
                        "When does the {year} schedule have recorded helpline calls removed?",
                        ("120 days", "75 days"),
                    ),
                ),
            ),
            Section(
                "Legal holds",
                (
                    Versioned(
                        "A legal hold suspends deletion; the Records Office confirms a new hold "
                        "to the data owners within {}.",
                        "How quickly must record holders be told that disposal is frozen for "
                        "litigation, under the {year} version?",
                        ("4 working days", "3 working days"),
                    ),
                ),
            ),
        ),
    ),
    (
        "Records are stored in the approved systems only, never on personal devices.",
        "Paper records are shredded on site by an approved contractor.",
        "Data owners confirm every year that their records follow this schedule.",
        "Where a law requires a longer period, the law takes precedence.",
    ),
)

BENEFITS = Family(
    "staff_benefits_guide",
    "Staff Benefits Guide",
    (
        (
            Section(
                "Pension",
                (
                    Versioned(
                        "Corvane Group pays {} of basic salary into the group pension plan when "
                        "the employee contributes at least the same.",
                        "What share of pay did the employer put into retirement savings in {year}?",
                        ("6 per cent", "7 per cent"),
                    ),
                    Versioned(
                        "New employees are enrolled automatically after {}, and may opt out "
                        "within a month.",
                        "Under the {year} guide, when does a new hire join the pension scheme "
                        "without asking?",
                        ("12 weeks", "one month"),
                    ),
                ),
            ),
            Section(
                "Life cover",
                (
                    Versioned(
                        "Life assurance pays a lump sum of {} annual salary to the nominated "
                        "beneficiaries.",
                        "What multiple of yearly earnings did the death-in-service benefit pay "
                        "out in {year}?",
                        ("three times", "four times"),
                    ),
                ),
            ),
        ),
        (
            Section(
                "Health insurance",
                (
                    "Private medical cover is provided by the Meridale group health plan, "
                    "described in its own plan summary.",
                    Versioned(
                        "For the employee alone Corvane Group pays the whole premium; for a "
                        "partner or children the employee pays {} of the premium through payroll.",
                        "In {year}, what share of the cost of insuring family members did staff "
                        "bear?",
                        ("25 per cent", "20 per cent"),
                    ),
                    Versioned(
                        "Dental cover is optional and costs the employee {} a month.",
                        "How much per month did the {year} guide charge for tooth care insurance?",
                        ("GBP 11.40", "GBP 12.90"),
                    ),
                ),
            ),
            Section(
                "Eye care",
                (
                    Versioned(
                        "Employees who use screens receive a voucher of {} towards glasses every "
                        "two years.",
                        "What amount could screen users claim for spectacles in {year}?",
                        ("GBP 65", "GBP 80"),
                    ),
                ),
            ),
        ),
        (
            Section(
                "Leave benefits",
                (
                    Versioned(
                        "Employees may buy up to {} of extra holiday a year through salary "
                        "sacrifice.",
                        "How much additional annual leave could be purchased under the {year} "
                        "guide?",
                        ("five days", "eight days"),
                    ),
                    Versioned(
                        "Primary carers receive {} of parental leave at full pay.",
                        "In {year}, how long was fully paid leave for the main carer of a new "
                        "child?",
                        ("16 weeks", "22 weeks"),
                    ),
                ),
            ),
        ),
        (
            Section(
                "Wellbeing and travel",
                (
                    Versioned(
                        "A wellbeing allowance of {} a year may be spent on gym membership, "
                        "sports clubs or classes.",
                        "What yearly budget for fitness did employees have in {year}?",
                        ("GBP 240", "GBP 300"),
                    ),
                    Versioned(
                        "Season tickets for public transport are paid in advance through an "
                        "interest-free loan of up to {}, repaid over ten months.",
                        "Per the {year} guide, how large can the commuter travel loan be?",
                        ("GBP 3,000", "GBP 4,200"),
                    ),
                    Versioned(
                        "The cycle-to-work scheme funds a bicycle and safety equipment worth up "
                        "to {}.",
                        "In {year}, what was the ceiling for buying a bike through the company "
                        "scheme?",
                        ("GBP 1,500", "GBP 2,000"),
                    ),
                ),
            ),
        ),
    ),
    (
        "Benefits are reviewed every year and changes are announced before the benefits window "
        "opens.",
        "Part-time employees receive the benefits on the same terms as full-time colleagues.",
        "The People team answers questions about benefits through the service portal.",
        "Taxable benefits are reported to the tax authority as the law requires.",
    ),
)

FAMILIES = (TRAVEL, REMOTE, RETENTION, BENEFITS)

HEALTH_PLAN = Document(
    "group_health_insurance_plan.pdf",
    "Meridale Group Health Plan: Summary of Cover for Corvane Group",
    (
        (
            Section(
                "About the plan",
                (
                    "Meridale Health Insurance provides private medical cover to Corvane Group "
                    "employees and their registered dependants.",
                    Fact(
                        "The policy number of the group scheme is MHG-55218, which members quote "
                        "on every claim.",
                        "Which reference identifies the company's medical insurance contract when "
                        "making a claim?",
                        "MHG-55218",
                    ),
                    Fact(
                        "The plan year runs from 1 July to 30 June.",
                        "When does each twelve-month cover period of the medical scheme begin?",
                        "1 July",
                    ),
                ),
            ),
            Section(
                "Premiums",
                (
                    Fact(
                        "The annual premium for an employee alone is GBP 1,384, paid by the "
                        "employer.",
                        "What does insuring a single worker under the health scheme cost per year?",
                        "GBP 1,384",
                    ),
                    Fact(
                        "Adding a partner raises the premium by GBP 1,126 a year, and each child "
                        "adds GBP 412.",
                        "How much more per annum is charged to include a spouse on the medical "
                        "cover?",
                        "GBP 1,126",
                        ("Adding a partner costs GBP 1,126 a year", "Each child adds GBP 412"),
                    ),
                ),
            ),
        ),
        (
            Section(
                "Excess and limits",
                (
                    Fact(
                        "Each member pays an excess of GBP 175 per plan year before Meridale pays "
                        "claims.",
                        "What deductible applies to a member's claims each cover year?",
                        "GBP 175",
                    ),
                    Fact(
                        "Out-patient consultations and tests are covered up to GBP 1,750 per "
                        "member per plan year.",
                        "What is the yearly ceiling for specialist visits and diagnostics that do "
                        "not need a hospital bed?",
                        "GBP 1,750",
                    ),
                    Fact(
                        "In-patient and day-patient treatment is covered in full at hospitals on "
                        "the Meridale Select list.",
                        "Which list of hospitals gives unlimited cover for overnight stays?",
                        "Meridale Select",
                    ),
                ),
            ),
            Section(
                "Therapies",
                (
                    Fact(
                        "Physiotherapy, osteopathy and chiropractic treatment are covered for up "
                        "to 8 sessions a year without a referral from a doctor.",
                        "How many appointments with a physio can a member book yearly without a "
                        "GP's note?",
                        "8 sessions",
                    ),
                ),
            ),
        ),
        (
            Section(
                "Mental health",
                (
                    Fact(
                        "Talking therapies are covered for up to 10 sessions per condition, and "
                        "the Meridale Mind line is open around the clock.",
                        "How many counselling appointments are paid for each diagnosis?",
                        "10 sessions",
                    ),
                    Fact(
                        "Members call 0800 614 2277 for round-the-clock psychological support.",
                        "What phone number gives access to emotional support at any hour?",
                        "0800 614 2277",
                    ),
                ),
            ),
            Section(
                "Exclusions",
                (
                    Fact(
                        "Conditions that existed in the 5 years before joining are excluded "
                        "for the first 2 years of membership.",
                        "For how long are illnesses a member already had before enrolling left "
                        "uncovered?",
                        "the first 2 years",
                    ),
                    "Cosmetic treatment, fertility treatment and routine maternity care are not "
                    "covered.",
                ),
            ),
        ),
        (
            Section(
                "Making a claim",
                (
                    Fact(
                        "Claims are pre-authorised through the MyMeridale app, and invoices must "
                        "reach Meridale within 6 months of treatment.",
                        "By when must bills from a provider be sent to the insurer after care?",
                        "within 6 months",
                    ),
                    Fact(
                        "Meridale settles approved claims within 7 working days.",
                        "How fast does the insurer pay out once a claim is accepted?",
                        "7 working days",
                    ),
                ),
            ),
            Section(
                "Leaving the plan",
                (
                    Fact(
                        "Members who leave Corvane Group may continue on an individual Meridale "
                        "plan without new medical underwriting if they apply within 31 days.",
                        "How long do departing staff have to switch to a personal policy without "
                        "new health questions?",
                        "31 days",
                    ),
                ),
            ),
        ),
    ),
    (
        "Cover is subject to the full policy wording, which the People team can provide.",
        "Members should check that a treatment is eligible before booking it.",
        "Meridale may ask for medical reports to assess a claim.",
        "Dependants must live at the same address as the employee unless they are in education.",
    ),
)

FLEET = Document(
    "fleet_insurance_schedule.pdf",
    "Fleet Motor Insurance Schedule",
    (
        (
            Section(
                "Insurer and period",
                (
                    Fact(
                        "The fleet is insured by Harrowgate Mutual under policy FLT-90417.",
                        "Which firm underwrites the company's lorries and vans?",
                        "Harrowgate Mutual",
                    ),
                    Fact(
                        "The period of insurance runs from 1 October 2025 to 30 September 2026.",
                        "When does the current vehicle cover expire?",
                        "30 September 2026",
                    ),
                ),
            ),
            Section(
                "Premium",
                (
                    Fact(
                        "The annual premium for the whole fleet of 312 vehicles is GBP 684,300, "
                        "payable in 12 monthly instalments.",
                        "What is the yearly charge for insuring all of the company's trucks and "
                        "vans?",
                        "GBP 684,300",
                    ),
                    Fact(
                        "Each heavy goods vehicle added mid-term costs GBP 3,210 a year pro rata.",
                        "What is the price of putting an extra lorry on cover part way through "
                        "the year?",
                        "GBP 3,210",
                    ),
                ),
            ),
        ),
        (
            Section(
                "Excess",
                (
                    Fact(
                        "The excess for damage to an insured vehicle is GBP 1,000 per claim for "
                        "heavy goods vehicles and GBP 350 for vans.",
                        "How much of each repair bill does the company pay itself for a van?",
                        "GBP 350",
                    ),
                    Fact(
                        "Drivers under 25 carry an additional excess of GBP 600.",
                        "What extra contribution applies to a claim when a young driver was at "
                        "the wheel?",
                        "GBP 600",
                    ),
                    Fact(
                        "Windscreen claims carry an excess of GBP 85 and do not affect the no "
                        "claims discount.",
                        "What does the company pay towards replacing a cracked front glass?",
                        "GBP 85",
                    ),
                ),
            ),
            Section(
                "Drivers",
                (
                    Fact(
                        "Any employee holding a full licence for the vehicle category may drive, "
                        "provided they have no more than 6 penalty points.",
                        "What is the most endorsement points a staff driver may have and still "
                        "be covered?",
                        "6 penalty points",
                    ),
                ),
            ),
        ),
        (
            Section(
                "Accidents",
                (
                    Fact(
                        "Accidents are reported to the Harrowgate claims line on 0345 300 7719 "
                        "within 24 hours.",
                        "Which number do drivers ring after a road collision?",
                        "0345 300 7719",
                    ),
                    Fact(
                        "A courtesy van is supplied for up to 17 days while an insured van is "
                        "repaired.",
                        "How long can the company use a replacement vehicle while its own is in "
                        "the garage?",
                        "17 days",
                    ),
                ),
            ),
            Section(
                "Goods in transit",
                (
                    Fact(
                        "Goods in transit are covered up to GBP 150,000 per vehicle load.",
                        "What is the maximum payout for cargo lost from one truck?",
                        "GBP 150,000",
                    ),
                ),
            ),
        ),
    ),
    (
        "Vehicles must be locked and the keys removed whenever they are left unattended.",
        "The fleet manager keeps the list of insured vehicles up to date with the insurer.",
        "Drivers check their vehicle before every journey.",
    ),
)

SUBSCRIPTION = Document(
    "tallyform_subscription_agreement.pdf",
    "Tallyform Cloud Subscription Agreement",
    (
        (
            Section(
                "Parties and plans",
                (
                    "This agreement is between Tallyform Software Ltd and Corvane Group for the "
                    "Tallyform Cloud forms and workflow service.",
                    Fact(
                        "Corvane Group subscribes to the Premium tier for 1,450 named users.",
                        "How many individual accounts does the company's licence cover?",
                        "1,450 named users",
                    ),
                    Fact(
                        "The Premium tier includes single sign-on, audit logs and 2 TB of file "
                        "storage per workspace.",
                        "How much document space comes with each workspace on the top plan?",
                        "2 TB",
                    ),
                ),
            ),
            Section(
                "Fees",
                (
                    Fact(
                        "The Premium tier costs GBP 14.60 per user per month, billed annually in "
                        "advance.",
                        "What is the monthly price per seat of the highest subscription level?",
                        "GBP 14.60",
                    ),
                    Fact(
                        "The Standard tier, without single sign-on, costs GBP 8.20 per user per "
                        "month.",
                        "What would each account cost monthly on the cheaper plan?",
                        "GBP 8.20",
                    ),
                ),
            ),
        ),
        (
            Section(
                "Term and renewal",
                (
                    Fact(
                        "The initial term is 36 months from the start date of 1 April 2025.",
                        "How long does the first commitment to the forms service last?",
                        "36 months",
                    ),
                    Fact(
                        "The agreement renews for further periods of 12 months unless either "
                        "party gives notice at least 90 days before the end of the term.",
                        "How much notice must be served to stop the contract rolling over?",
                        "at least 90 days",
                    ),
                    Fact(
                        "At renewal the fees may rise by no more than 4 per cent.",
                        "What is the cap on price increases when the contract rolls over?",
                        "4 per cent",
                    ),
                ),
            ),
            Section(
                "Users",
                (
                    Fact(
                        "Additional users may be added at any time at the same price, pro-rated "
                        "to the end of the billing year.",
                        "How are extra seats charged when added mid-year?",
                        "pro-rated to the end of the billing year",
                    ),
                ),
            ),
        ),
        (
            Section(
                "Service levels",
                (
                    Fact(
                        "Tallyform commits to 99.9 per cent monthly availability on the Premium "
                        "tier.",
                        "What uptime does the vendor promise each month for the top plan?",
                        "99.9 per cent",
                    ),
                    Fact(
                        "If availability falls below the commitment, Corvane Group receives a "
                        "credit of 10 per cent of that month's fees.",
                        "What compensation is given when the service is down more than promised?",
                        "10 per cent of that month's fees",
                    ),
                    Fact(
                        "Planned maintenance is announced at least 72 hours ahead and takes "
                        "place on Sundays between 02:00 and 05:00 UK time.",
                        "In which window does scheduled downtime happen?",
                        "between 02:00 and 05:00",
                    ),
                ),
            ),
        ),
        (
            Section(
                "Data and exit",
                (
                    Fact(
                        "Customer data is hosted in the Dublin region and backed up every 4 hours.",
                        "How frequently are copies of the company's form data taken?",
                        "every 4 hours",
                    ),
                    Fact(
                        "After termination, Corvane Group may export its data for 60 days, after "
                        "which Tallyform deletes it.",
                        "How long after the contract ends can the records still be downloaded?",
                        "60 days",
                    ),
                ),
            ),
            Section(
                "Liability",
                (
                    Fact(
                        "Each party's total liability is limited to the fees paid in the "
                        "previous 12 months.",
                        "What caps the amount either side can be held responsible for?",
                        "the fees paid in the previous 12 months",
                    ),
                ),
            ),
        ),
    ),
    (
        "Tallyform may update the service as long as its functions are not materially reduced.",
        "Each party keeps the other's confidential information secret.",
        "The agreement is governed by the laws of England and Wales.",
    ),
)

SUPPORT_SLA = Document(
    "customer_service_level_agreement.pdf",
    "Customer Service Level Agreement",
    (
        (
            Section(
                "Support plans",
                (
                    "Corvane Group offers its logistics customers two support plans: Standard, "
                    "included with every contract, and Premium, sold as an add-on.",
                    Fact(
                        "The Premium support plan costs 6.5 per cent of the annual contract value.",
                        "What is the price of the upgraded customer care option?",
                        "6.5 per cent of the annual contract value",
                    ),
                    Fact(
                        "Standard support is available from 08:00 to 18:00 on working days.",
                        "When can customers on the basic plan reach the help desk?",
                        "08:00 to 18:00",
                    ),
                ),
            ),
            Section(
                "Response times",
                (
                    Fact(
                        "On the Premium plan a critical incident receives a response within 25 "
                        "minutes, at any hour.",
                        "How soon is an urgent outage answered for customers on the higher plan?",
                        "25 minutes",
                    ),
                    Fact(
                        "On the Standard plan a critical incident receives a response within 4 "
                        "business hours.",
                        "How long may the first reply to a severe problem take for ordinary "
                        "customers?",
                        "4 business hours",
                    ),
                ),
            ),
        ),
        (
            Section(
                "Delivery performance",
                (
                    Fact(
                        "Corvane Group delivers 98.5 per cent of next-day consignments on time, "
                        "measured monthly.",
                        "What punctuality rate is guaranteed for overnight shipments?",
                        "98.5 per cent",
                    ),
                    Fact(
                        "For each full percentage point below the target, the customer receives "
                        "a service credit of 2 per cent of that month's charges.",
                        "How much is refunded for every point that on-time delivery misses?",
                        "2 per cent of that month's charges",
                    ),
                    Fact(
                        "Service credits are capped at 15 per cent of the monthly charges.",
                        "What is the most that can be returned in credits in a month?",
                        "15 per cent",
                    ),
                ),
            ),
        ),
        (
            Section(
                "Reporting and review",
                (
                    Fact(
                        "Premium customers get a named account manager and a service review "
                        "every three months.",
                        "How often does the account manager meet upgraded clients to go over "
                        "results?",
                        "every three months",
                    ),
                    Fact(
                        "Claims for damaged goods must be raised within 7 days of delivery.",
                        "By when must a customer complain about broken items they received?",
                        "within 7 days of delivery",
                    ),
                    Fact(
                        "Escalations go to the Service Delivery Director, who replies within 2 "
                        "working days.",
                        "Who handles complaints that the normal team could not resolve?",
                        "the Service Delivery Director",
                    ),
                ),
            ),
        ),
    ),
    (
        "Customers report incidents through the customer portal or by phone.",
        "Service levels do not apply during events outside the reasonable control of either party.",
        "Performance figures are published to customers every month.",
    ),
)


def grid(name: str, rows: tuple[str, ...], columns: tuple[str, ...], low: int, high: int, fmt):
    """Table rows: each row's label and a figure per column, fixed by a hash of the cell (the
    same on every Python version, unlike `random`)."""
    import hashlib

    def value(row: str, column: str) -> str:
        digest = hashlib.sha256(f"{name}|{row}|{column}".encode()).digest()
        return fmt(low + int.from_bytes(digest[:8], "big") % (high - low))

    return tuple((row, *(value(row, column) for column in columns[1:])) for row in rows)


def thousands(number: int) -> str:
    return f"{number:,}"


def tenths(number: int) -> str:
    return f"{number / 10:.1f}"


QUARTERS = ("Depot", "Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025")
QUARTER_WORDS = {
    "Q1 2025": "in the first three months of 2025",
    "Q2 2025": "between April and June 2025",
    "Q3 2025": "over July to September 2025",
    "Q4 2025": "in the last quarter of 2025",
}
DEPOTS = ("Leeds", "Bristol", "Coventry", "Glasgow", "Southampton")


def cells(template: str, picks: tuple[tuple[str, str], ...], words: dict[str, str]):
    return tuple(
        Cell(row, column, template.format(row=row, when=words[column])) for row, column in picks
    )


OPERATIONS = Document(
    "quarterly_operations_report_2025.pdf",
    "Quarterly Operations Report 2025",
    (
        (
            Section(
                "Summary",
                (
                    "Volumes grew in every depot in 2025, led by the new contracts in Scotland, "
                    "while the fleet's fuel use per mile fell.",
                    Fact(
                        "The network handled 4.71 million consignments in 2025.",
                        "How many parcels and pallets did the whole network move over the year?",
                        "4.71 million",
                    ),
                ),
            ),
            Section(
                "Consignments dispatched by depot",
                table=Table(
                    "Consignments dispatched by depot",
                    QUARTERS,
                    grid("dispatched", DEPOTS, QUARTERS, 182_000, 268_000, thousands),
                    cells(
                        "How many consignments left the {row} site {when}?",
                        (
                            ("Leeds", "Q1 2025"),
                            ("Bristol", "Q3 2025"),
                            ("Coventry", "Q4 2025"),
                            ("Glasgow", "Q2 2025"),
                            ("Southampton", "Q3 2025"),
                            ("Glasgow", "Q4 2025"),
                        ),
                        QUARTER_WORDS,
                    ),
                ),
            ),
        ),
        (
            Section(
                "On-time delivery",
                (
                    "On-time delivery is the share of consignments delivered by the promised "
                    "day, in per cent.",
                ),
                table=Table(
                    "On-time delivery by depot (per cent)",
                    QUARTERS,
                    grid("on-time", DEPOTS, QUARTERS, 951, 996, tenths),
                    cells(
                        "What percentage of deliveries from {row} arrived when promised {when}?",
                        (
                            ("Leeds", "Q2 2025"),
                            ("Bristol", "Q1 2025"),
                            ("Coventry", "Q3 2025"),
                            ("Glasgow", "Q1 2025"),
                            ("Southampton", "Q4 2025"),
                            ("Leeds", "Q4 2025"),
                        ),
                        QUARTER_WORDS,
                    ),
                ),
            ),
        ),
        (
            Section(
                "Safety incidents",
                (
                    "Reportable incidents are injuries or dangerous occurrences reported to the "
                    "regulator; near misses are logged separately.",
                ),
                table=Table(
                    "Reportable safety incidents by depot",
                    QUARTERS,
                    grid("incidents", DEPOTS, QUARTERS, 1, 10, str),
                    (),
                ),
            ),
            Section(
                "Staffing",
                (
                    Fact(
                        "Average headcount across the depots was 2,846, of whom 611 were agency "
                        "workers.",
                        "How many temporary staff supplied by agencies worked in the depots on "
                        "average?",
                        "611",
                    ),
                    Fact(
                        "Staff turnover in the depots fell to 17.2 per cent from the previous "
                        "year.",
                        "What share of depot employees left during the year?",
                        "17.2 per cent",
                    ),
                ),
            ),
        ),
        (
            Section(
                "Fleet",
                (
                    Fact(
                        "The fleet covered 38.6 million miles, and average fuel economy improved "
                        "to 9.4 miles per gallon for heavy goods vehicles.",
                        "How far did the company's vehicles travel in total during the year?",
                        "38.6 million miles",
                    ),
                    Fact(
                        "Twenty-eight electric vans joined the Bristol and Southampton fleets in "
                        "the second half of the year.",
                        "How many battery-powered delivery vehicles were added?",
                        "Twenty-eight",
                    ),
                ),
            ),
            Section(
                "Outlook",
                (
                    Fact(
                        "A sixth depot, at Doncaster, is planned to open in the autumn of 2026.",
                        "Where will the next distribution centre be built?",
                        "Doncaster",
                    ),
                ),
            ),
        ),
    ),
    (
        "Figures are unaudited and may be restated in the annual report.",
        "Each depot manager reviews the figures before they are published.",
        "Quarterly figures follow the calendar year.",
    ),
)

MONTHS = (
    "Site",
    "Electricity (MWh)",
    "Gas (MWh)",
    "Diesel (thousand litres)",
    "Waste recycled (%)",
)
SITES = ("Leeds depot", "Bristol depot", "Coventry depot", "Glasgow depot", "Head office")
ENERGY_WORDS = {
    "Electricity (MWh)": "How much electricity, in megawatt hours, did the {row} use?",
    "Gas (MWh)": "What was the {row}'s consumption of natural gas in MWh?",
    "Diesel (thousand litres)": "How many thousand litres of fuel did vehicles based at the {row} "
    "burn?",
    "Waste recycled (%)": "What proportion of rubbish at the {row} was recycled?",
}


def energy_rows(name: str) -> tuple[tuple[str, ...], ...]:
    electricity = grid(name + "e", SITES, MONTHS[:2], 1_210, 3_980, thousands)
    gas = grid(name + "g", SITES, MONTHS[:2], 310, 1_190, str)
    diesel = grid(name + "d", SITES, MONTHS[:2], 402, 2_880, str)
    waste = grid(name + "w", SITES, MONTHS[:2], 612, 941, tenths)
    return tuple(
        (site, e[1], g[1], d[1], w[1])
        for site, e, g, d, w in zip(SITES, electricity, gas, diesel, waste, strict=True)
    )


def energy_cells(picks: tuple[tuple[str, str], ...], year: str) -> tuple[Cell, ...]:
    return tuple(
        Cell(row, column, ENERGY_WORDS[column].format(row=row) + f" ({year})")
        for row, column in picks
    )


ENERGY = Document(
    "energy_and_sustainability_report_2025.pdf",
    "Energy and Sustainability Report 2025",
    (
        (
            Section(
                "Our targets",
                (
                    Fact(
                        "Corvane Group aims to reach net zero emissions from its own operations "
                        "by 2038.",
                        "By what year does the company intend to stop adding greenhouse gases "
                        "from its activities?",
                        "2038",
                    ),
                    Fact(
                        "Scope 1 and 2 emissions fell to 41,870 tonnes of carbon dioxide "
                        "equivalent in 2025.",
                        "What were the direct and purchased-energy emissions this year, in tonnes?",
                        "41,870 tonnes",
                    ),
                    Fact(
                        "Renewable sources supplied 73 per cent of the electricity the group "
                        "bought.",
                        "What share of purchased power came from green generation?",
                        "73 per cent",
                    ),
                ),
            ),
        ),
        (
            Section(
                "Energy use by site, 2025",
                table=Table(
                    "Energy use by site, 2025",
                    MONTHS,
                    energy_rows("energy 2025"),
                    energy_cells(
                        (
                            ("Leeds depot", "Electricity (MWh)"),
                            ("Bristol depot", "Gas (MWh)"),
                            ("Coventry depot", "Diesel (thousand litres)"),
                            ("Glasgow depot", "Waste recycled (%)"),
                            ("Head office", "Electricity (MWh)"),
                            ("Glasgow depot", "Diesel (thousand litres)"),
                            ("Bristol depot", "Waste recycled (%)"),
                        ),
                        "2025",
                    ),
                ),
            ),
        ),
        (
            Section(
                "Energy use by site, 2024 (for comparison)",
                table=Table(
                    "Energy use by site, 2024",
                    MONTHS,
                    energy_rows("energy 2024"),
                    energy_cells(
                        (
                            ("Leeds depot", "Electricity (MWh)"),
                            ("Coventry depot", "Gas (MWh)"),
                            ("Head office", "Waste recycled (%)"),
                            ("Bristol depot", "Diesel (thousand litres)"),
                            ("Glasgow depot", "Electricity (MWh)"),
                        ),
                        "2024",
                    ),
                ),
            ),
            Section(
                "Actions",
                (
                    Fact(
                        "Solar panels with a peak output of 1.2 megawatts were installed on the "
                        "Coventry depot roof.",
                        "How big is the photovoltaic array on the Midlands warehouse?",
                        "1.2 megawatts",
                    ),
                ),
            ),
        ),
    ),
    (
        "Figures are measured from meter readings and fuel card data.",
        "The report follows the greenhouse gas protocol for company reporting.",
        "Comparisons with earlier years use the same site boundaries.",
    ),
)

LINES = ("Line", "2023", "2024")
FINANCE_LINES = (
    "Revenue",
    "Cost of sales",
    "Gross profit",
    "Operating expenses",
    "Operating profit",
    "Capital expenditure",
)
FINANCE_WORDS = {"2023": "for the year before last (2023)", "2024": "in the 2024 financial year"}

FINANCE = Document(
    "annual_financial_summary_2024.pdf",
    "Annual Financial Summary 2024",
    (
        (
            Section(
                "Highlights",
                (
                    "The group's results for the year ended 31 December 2024 show growth in "
                    "contract logistics and lower fuel costs.",
                    Fact(
                        "The board proposes a final dividend of 8.3 pence per share.",
                        "What payout to shareholders per share is recommended for the year end?",
                        "8.3 pence",
                    ),
                    Fact(
                        "Net debt fell to GBP 96.4 million at the year end.",
                        "How much did the group owe, less its cash, on the last day of 2024?",
                        "GBP 96.4 million",
                    ),
                ),
            ),
            Section(
                "Income statement (GBP thousand)",
                table=Table(
                    "Income statement (GBP thousand)",
                    LINES,
                    grid("income", FINANCE_LINES, LINES, 41_000, 612_000, thousands),
                    cells(
                        "What was the {row} line, in thousands of pounds, {when}?",
                        (
                            ("Revenue", "2024"),
                            ("Operating expenses", "2023"),
                            ("Capital expenditure", "2024"),
                            ("Cost of sales", "2023"),
                            ("Operating profit", "2024"),
                        ),
                        FINANCE_WORDS,
                    ),
                ),
            ),
        ),
        (
            Section(
                "Revenue by division (GBP thousand)",
                table=Table(
                    "Revenue by division (GBP thousand)",
                    ("Division", "2023", "2024"),
                    grid(
                        "division",
                        ("Contract logistics", "Parcel network", "Freight forwarding", "Storage"),
                        ("Division", "2023", "2024"),
                        23_000,
                        205_000,
                        thousands,
                    ),
                    cells(
                        "How much turnover, in thousands of pounds, did {row} bring in {when}?",
                        (
                            ("Contract logistics", "2024"),
                            ("Parcel network", "2023"),
                            ("Freight forwarding", "2024"),
                            ("Storage", "2024"),
                            ("Storage", "2023"),
                        ),
                        FINANCE_WORDS,
                    ),
                ),
            ),
        ),
        (
            Section(
                "Cash and people",
                (
                    Fact(
                        "Cash generated from operations was GBP 71.9 million.",
                        "How much money did the business produce from its trading activities?",
                        "GBP 71.9 million",
                    ),
                    Fact(
                        "The group employed an average of 5,318 people during the year.",
                        "What was the mean number of staff on the payroll in 2024?",
                        "5,318",
                    ),
                    Fact(
                        "The auditor, Fenwick Bray LLP, gave an unqualified opinion.",
                        "Which accounting firm examined the group's accounts?",
                        "Fenwick Bray LLP",
                    ),
                ),
            ),
            Section(
                "Risks",
                (
                    Fact(
                        "A rise of 10 pence per litre in diesel would reduce operating profit by "
                        "about GBP 4.2 million a year.",
                        "What would a higher fuel price of ten pence a litre cost the group each "
                        "year?",
                        "GBP 4.2 million",
                    ),
                ),
            ),
        ),
    ),
    (
        "Figures are extracted from the audited consolidated accounts.",
        "Totals may not add up because of rounding.",
        "The full annual report is available from the company secretary.",
    ),
)


def section(heading: str, *items) -> Section:
    return Section(heading, items)


F = Fact

WAREHOUSE = Document(
    "warehouse_operations_manual.pdf",
    "Warehouse Operations Manual",
    (
        (
            section(
                "Receiving goods",
                F(
                    "Inbound trailers are booked into a dock slot of 50 minutes through the "
                    "DockPlan system.",
                    "How long is each unloading appointment for an arriving lorry?",
                    "50 minutes",
                ),
                F(
                    "A trailer arriving more than 30 minutes late loses its slot and waits for the "
                    "next free door.",
                    "What happens to a delivery truck that turns up well after its booked time?",
                    "loses its slot",
                ),
                F(
                    "Pallets over 1,200 kilograms are rejected at the door unless the load was "
                    "declared in advance.",
                    "Above what weight is an unannounced pallet refused?",
                    "1,200 kilograms",
                ),
                F(
                    "Receiving staff count cartons against the advance shipping notice and record "
                    "any difference as a discrepancy code D17.",
                    "Which code is used to log a mismatch between the delivery and its notice?",
                    "D17",
                ),
            ),
        ),
        (
            section(
                "Put-away and storage",
                F(
                    "Goods are put away within 4 hours of receipt.",
                    "How soon after arrival must stock be placed on the racks?",
                    "within 4 hours",
                ),
                F(
                    "Racking bays hold at most 950 kilograms per beam level; the limit is on the "
                    "yellow load sign at the end of each aisle.",
                    "What is the heaviest load one shelf level of the racks may carry?",
                    "950 kilograms",
                ),
                F(
                    "Hazardous goods are stored only in zone H, behind the fire-rated wall.",
                    "In which area are dangerous substances kept?",
                    "zone H",
                ),
                F(
                    "Cold chain products are held between 2 and 8 degrees Celsius in chamber C4.",
                    "At what temperatures are chilled items stored?",
                    "between 2 and 8 degrees",
                ),
            ),
        ),
        (
            section(
                "Picking",
                F(
                    "Pickers follow the route on their handheld scanner, which groups orders into "
                    "waves of 40 minutes.",
                    "How long is each batch of orders released to the floor?",
                    "40 minutes",
                ),
                F(
                    "The target picking rate is 115 lines per hour for small parts.",
                    "How many order items should a worker collect every hour in the small parts "
                    "area?",
                    "115 lines per hour",
                ),
                F(
                    "A pick error rate above 0.3 per cent in a week triggers a retraining session.",
                    "At what level of mistakes does an operative get sent back to training?",
                    "0.3 per cent",
                ),
                F(
                    "Orders received before 17:30 are dispatched the same day.",
                    "What is the cut-off time for same-day shipping?",
                    "17:30",
                ),
            ),
        ),
        (
            section(
                "Equipment",
                F(
                    "Only staff with a valid counterbalance licence drive forklift trucks, and the "
                    "licence is renewed every 3 years.",
                    "How often must lift truck drivers requalify?",
                    "every 3 years",
                ),
                F(
                    "Forklift speed is limited to 8 km/h inside the building.",
                    "How fast may powered trucks go indoors?",
                    "8 km/h",
                ),
                F(
                    "Batteries are charged in the charging room, which is ventilated and has an "
                    "eye-wash station.",
                    "Where are the truck batteries recharged?",
                    "the charging room",
                ),
                F(
                    "Daily pre-use checks are recorded on the tablet at the truck park before the "
                    "first shift at 06:00.",
                    "When do the checks of equipment before use take place?",
                    "06:00",
                ),
            ),
        ),
        (
            section(
                "Stock control",
                F(
                    "Cycle counts cover every location at least 4 times a year, and high-value "
                    "locations every month.",
                    "How many times a year is each storage position counted?",
                    "4 times a year",
                ),
                F(
                    "A stock difference above GBP 500 is investigated by the inventory controller "
                    "before it is written off.",
                    "From what value must an inventory shortfall be looked into?",
                    "GBP 500",
                ),
                F(
                    "Damaged stock is moved to quarantine bay Q2 until the customer decides.",
                    "Where is broken merchandise held pending the client's instructions?",
                    "quarantine bay Q2",
                ),
                F(
                    "The year-end stock take takes place on the last Saturday of November.",
                    "When is the annual full inventory count?",
                    "the last Saturday of November",
                ),
            ),
        ),
    ),
    (
        "High-visibility clothing and safety boots are worn at all times on the warehouse floor.",
        "Walkways are kept clear and marked in green.",
        "Team leaders brief each shift on the day's priorities.",
        "Customer instructions override this manual where a contract says so.",
    ),
)

PROCUREMENT = Document(
    "procurement_policy.pdf",
    "Procurement and Purchasing Policy",
    (
        (
            section(
                "Principles",
                "Purchases are made fairly, transparently and at the best value for Corvane "
                "Group, with suppliers who meet our code of conduct.",
                F(
                    "Every purchase needs a purchase order raised in Ledgerly before the goods or "
                    "services are ordered.",
                    "Which document must exist in the finance system before anything is bought?",
                    "a purchase order",
                ),
                F(
                    "The policy is owned by the Chief Procurement Officer, Amrit Lowell.",
                    "Who is responsible for the rules on buying goods?",
                    "Amrit Lowell",
                ),
            ),
            section(
                "Thresholds",
                F(
                    "Purchases up to GBP 5,000 need one written quote.",
                    "How much can be spent with only a single written price?",
                    "GBP 5,000",
                ),
                F(
                    "Purchases from GBP 5,000 to GBP 50,000 need three competing quotes.",
                    "How many bids are required for a mid-sized purchase?",
                    "three competing quotes",
                ),
                F(
                    "Purchases above GBP 50,000 go to a formal tender run by the procurement team.",
                    "When must a formal competition be organised?",
                    "above GBP 50,000",
                ),
            ),
        ),
        (
            section(
                "Approval",
                F(
                    "Line managers approve spending up to GBP 10,000, heads of department up to "
                    "GBP 75,000 and directors up to GBP 400,000.",
                    "What is the spending authority of a head of department?",
                    "GBP 75,000",
                ),
                F(
                    "Contracts above GBP 400,000 need approval by the Executive Committee.",
                    "Who signs off the largest contracts?",
                    "the Executive Committee",
                ),
                F(
                    "Splitting an order to stay under a threshold is a disciplinary matter.",
                    "What are the consequences of breaking one purchase into smaller ones to "
                    "avoid limits?",
                    "a disciplinary matter",
                ),
            ),
            section(
                "Suppliers",
                F(
                    "New suppliers are vetted by the supplier onboarding team, which takes "
                    "about 12 working days.",
                    "How long does it take to approve a new vendor?",
                    "12 working days",
                ),
                F(
                    "Suppliers with an annual spend above GBP 250,000 are reviewed every year.",
                    "Above what yearly spend does a vendor get an annual review?",
                    "GBP 250,000",
                ),
            ),
        ),
        (
            section(
                "Payment",
                F(
                    "Standard payment terms are 45 days from the end of the month of invoice.",
                    "When are vendors normally paid after they bill us?",
                    "45 days from the end of the month of invoice",
                ),
                F(
                    "Small and medium-sized suppliers are paid within 21 days.",
                    "How quickly do small businesses that supply us get their money?",
                    "within 21 days",
                ),
                F(
                    "Invoices without a valid purchase order number are returned to the supplier.",
                    "What happens to a bill that does not quote an order reference?",
                    "returned to the supplier",
                ),
            ),
        ),
        (
            section(
                "Gifts and conflicts",
                F(
                    "Employees may accept gifts from suppliers worth up to GBP 40, and must record "
                    "any gift in the gifts register.",
                    "What is the largest present a staff member may take from a vendor?",
                    "GBP 40",
                ),
                F(
                    "Hospitality during an active tender is refused whatever its value.",
                    "Can buyers accept invitations from bidders while a competition is running?",
                    "refused whatever its value",
                ),
                F(
                    "Conflicts of interest are declared to the compliance officer within 5 days of "
                    "being identified.",
                    "By when must a personal interest in a supplier be disclosed?",
                    "within 5 days",
                ),
            ),
        ),
    ),
    (
        "Framework agreements are used wherever they exist.",
        "Local suppliers are considered where they offer comparable value.",
        "Records of every quote and decision are kept with the purchase order.",
    ),
)

SECURITY = Document(
    "information_security_standard.pdf",
    "Information Security Standard",
    (
        (
            section(
                "Accounts and passwords",
                F(
                    "Passwords have at least 14 characters and are never reused across systems.",
                    "What is the minimum length of a login secret?",
                    "14 characters",
                ),
                F(
                    "Multi-factor authentication is required for email, remote access and every "
                    "system that holds customer data.",
                    "Which services need a second verification step when signing in?",
                    "email, remote access and every system that holds customer data",
                ),
                F(
                    "Accounts unused for 50 days are disabled automatically.",
                    "When is an inactive user login switched off?",
                    "50 days",
                ),
                F(
                    "Administrator rights are granted for at most 8 hours at a time through the "
                    "privileged access tool.",
                    "How long does elevated system access last once it is approved?",
                    "8 hours",
                ),
            ),
        ),
        (
            section(
                "Devices",
                F(
                    "Company laptops are encrypted with BitLocker and updated within 14 days of a "
                    "security patch being released.",
                    "How soon must computers install fixes for vulnerabilities?",
                    "14 days",
                ),
                F(
                    "Critical patches are installed within 48 hours.",
                    "What is the deadline for applying the most severe software fixes?",
                    "48 hours",
                ),
                F(
                    "Personal phones may read company email only through the Intune-managed "
                    "Outlook app.",
                    "How can staff check work mail on their own mobile?",
                    "the Intune-managed Outlook app",
                ),
                F(
                    "USB storage devices are blocked on all company computers.",
                    "Can memory sticks be used on work machines?",
                    "blocked on all company computers",
                ),
            ),
        ),
        (
            section(
                "Data classification",
                F(
                    "Information is classified as Public, Internal, Confidential or Restricted.",
                    "What are the four sensitivity labels for company information?",
                    "Public, Internal, Confidential or Restricted",
                ),
                F(
                    "Restricted data is shared only through the SecureVault file service and never "
                    "by email.",
                    "Through which tool may the most sensitive files be exchanged?",
                    "SecureVault",
                ),
                F(
                    "Customer personal data may leave the UK and EU only with a transfer approval "
                    "from the Data Protection Officer.",
                    "Who authorises sending client personal information abroad?",
                    "the Data Protection Officer",
                ),
                F(
                    "Printed confidential documents are collected from the printer within 10 "
                    "minutes or are put in the confidential waste bins.",
                    "What is done with sensitive printouts left uncollected?",
                    "put in the confidential waste bins",
                ),
            ),
        ),
        (
            section(
                "Incidents",
                F(
                    "Suspected security incidents are reported to the Security Operations Centre "
                    "at once on extension 4455.",
                    "Which internal phone line should someone call about a possible breach?",
                    "extension 4455",
                ),
                F(
                    "Personal data breaches are reported to the regulator within 72 hours when "
                    "they are likely to harm people.",
                    "How long does the company have to notify the authority of a harmful leak "
                    "of personal information?",
                    "within 72 hours when they are likely",
                ),
                F(
                    "Phishing simulations are run every quarter, and staff who fail twice repeat "
                    "the awareness course.",
                    "What happens to employees who fall for two fake scam emails?",
                    "repeat the awareness course",
                ),
                F(
                    "The standard is reviewed by the Chief Information Security Officer, Dana "
                    "Okafor.",
                    "Who maintains the security rules?",
                    "Dana Okafor",
                ),
            ),
        ),
    ),
    (
        "Security is everyone's responsibility.",
        "Staff lock their screens whenever they leave their desks.",
        "Exceptions to this standard are approved in writing and reviewed regularly.",
    ),
)

SAFETY = Document(
    "health_and_safety_manual.pdf",
    "Workplace Health and Safety Manual",
    (
        (
            section(
                "Responsibilities",
                F(
                    "The Head of Safety, Graham Ostrowski, reports to the board on safety every "
                    "quarter.",
                    "Who presents safety performance to the directors?",
                    "Graham Ostrowski",
                ),
                F(
                    "Each depot has a safety committee that meets every 6 weeks.",
                    "How often does a site's safety group gather?",
                    "every 6 weeks",
                ),
                F(
                    "Trained first aiders are on site in a ratio of at least one to every 50 "
                    "workers on each shift.",
                    "What is the required proportion of first aid trained staff per shift?",
                    "one to every 50 workers",
                ),
                F(
                    "New starters attend a safety induction of 3 hours before their first shift.",
                    "How long is the safety briefing for people joining?",
                    "3 hours",
                ),
            ),
        ),
        (
            section(
                "Fire safety",
                F(
                    "Fire drills take place twice a year on every site, once on each shift "
                    "pattern.",
                    "How often are evacuation practices held?",
                    "twice a year",
                ),
                F(
                    "The assembly point at the Leeds depot is the north car park beside gate B.",
                    "Where do people gather at the Leeds site after an alarm?",
                    "the north car park beside gate B",
                ),
                F(
                    "Fire extinguishers are inspected every month and serviced every year by "
                    "Bellwood Fire Services.",
                    "Which contractor maintains the extinguishers?",
                    "Bellwood Fire Services",
                ),
                F(
                    "Fire doors are never wedged open; a door found open is reported to the site "
                    "manager.",
                    "What should staff do if a door meant to stop fire is propped open?",
                    "reported to the site manager",
                ),
            ),
        ),
        (
            section(
                "Manual handling and driving",
                F(
                    "Loads above 25 kilograms are lifted by two people or with a hoist.",
                    "How heavy can a parcel be before one person must not carry it alone?",
                    "25 kilograms",
                ),
                F(
                    "Drivers take a break of at least 45 minutes after 4.5 hours of driving.",
                    "How long a rest must a driver have after a long stint at the wheel?",
                    "45 minutes after 4.5 hours",
                ),
                F(
                    "Mobile phones are never used while driving, even hands-free.",
                    "Are hands-free calls allowed when driving for the company?",
                    "never used while driving",
                ),
                F(
                    "Hearing protection is worn in zones where noise exceeds 85 decibels.",
                    "Above what noise level must ear defenders be worn?",
                    "85 decibels",
                ),
            ),
        ),
        (
            section(
                "Accidents and near misses",
                F(
                    "Every accident and near miss is logged in SafeTrack before the end of the "
                    "shift.",
                    "Which system records injuries and close calls?",
                    "SafeTrack",
                ),
                F(
                    "Serious injuries are reported to the Head of Safety within 1 hour.",
                    "How quickly must a grave injury be escalated?",
                    "within 1 hour",
                ),
                F(
                    "An investigation report is completed within 10 working days of an accident.",
                    "By when must the findings about an accident be written up?",
                    "within 10 working days",
                ),
                F(
                    "The lost-time injury rate target for 2025 is below 0.8 per 100,000 hours "
                    "worked.",
                    "What is this year's goal for injuries causing time off?",
                    "below 0.8",
                ),
            ),
        ),
    ),
    (
        "Everyone has the right to stop work that they believe is unsafe.",
        "Personal protective equipment is provided free of charge.",
        "Contractors follow the same rules as employees on our sites.",
    ),
)

LEARNING = Document(
    "learning_and_development_policy.pdf",
    "Learning and Development Policy",
    (
        (
            section(
                "Learning time",
                F(
                    "Every employee has 5 learning days a year for courses, conferences or "
                    "self-study.",
                    "How much time off for training does each person get annually?",
                    "5 learning days",
                ),
                F(
                    "The personal learning budget is GBP 900 per employee per year.",
                    "How much money can a staff member spend on their own development yearly?",
                    "GBP 900",
                ),
                F(
                    "Unused learning budget does not carry over into the next year.",
                    "Can leftover training money be kept for the following year?",
                    "does not carry over",
                ),
                F(
                    "Courses are booked through the Learnwell platform after the manager agrees.",
                    "Where are training sessions reserved?",
                    "Learnwell",
                ),
            ),
        ),
        (
            section(
                "Qualifications",
                F(
                    "Corvane Group pays up to GBP 6,000 towards a professional qualification.",
                    "What is the largest contribution to a chartered certificate?",
                    "GBP 6,000",
                ),
                F(
                    "Employees who leave within 24 months of finishing a funded qualification "
                    "repay part of its cost.",
                    "When does someone have to refund sponsored study fees after resigning?",
                    "within 24 months",
                ),
                F(
                    "Study leave of one day per exam is granted in addition to learning days.",
                    "How much time off is given for each examination?",
                    "one day per exam",
                ),
                F(
                    "The Transport Manager CPC course is funded in full for depot supervisors.",
                    "Which qualification is entirely paid for supervisors at the depots?",
                    "Transport Manager CPC",
                ),
            ),
        ),
        (
            section(
                "Apprenticeships and mentoring",
                F(
                    "The apprenticeship programme takes 18 apprentices each September.",
                    "How many trainees start the work-based learning scheme every autumn?",
                    "18 apprentices",
                ),
                F(
                    "Apprentices are paid GBP 23,400 a year in their first year.",
                    "What is the starting annual salary of an apprentice?",
                    "GBP 23,400",
                ),
                F(
                    "Mentoring pairs meet at least once a month for 9 months.",
                    "For how long does a mentor relationship last?",
                    "9 months",
                ),
                F(
                    "Leadership training is run by Ashcombe Business School.",
                    "Which institution delivers the management courses?",
                    "Ashcombe Business School",
                ),
            ),
        ),
    ),
    (
        "Managers discuss learning goals with each employee during the yearly review.",
        "Mandatory compliance courses do not count towards learning days.",
        "Feedback on every course helps us choose the best providers.",
    ),
)

FACILITIES = Document(
    "facilities_and_office_guide.pdf",
    "Facilities and Office Guide",
    (
        (
            section(
                "Head office",
                F(
                    "The head office is at 14 Calder Wharf, Leeds, and opens from 07:00 to 20:00 "
                    "on working days.",
                    "What are the building's opening hours on weekdays?",
                    "07:00 to 20:00",
                ),
                F(
                    "Visitors sign in at reception on the ground floor and wear a red visitor "
                    "badge.",
                    "What colour identification do guests wear?",
                    "red",
                ),
                F(
                    "Meeting rooms are booked in Roomly for at most 2.5 hours at a time.",
                    "What is the longest a conference room can be reserved in one go?",
                    "2.5 hours",
                ),
                F(
                    "The staff restaurant on the fourth floor serves lunch from 11:45 to 14:15.",
                    "When can employees eat in the canteen?",
                    "11:45 to 14:15",
                ),
            ),
        ),
        (
            section(
                "Parking and travel",
                F(
                    "The car park has 140 spaces, allocated by a permit lottery every six months.",
                    "How many places are there to leave a car at head office?",
                    "140 spaces",
                ),
                F(
                    "Twelve spaces are equipped with electric vehicle chargers, free for staff.",
                    "How many charging points for battery cars are available?",
                    "Twelve",
                ),
                F(
                    "The secure bike store by the east entrance holds 60 bicycles and has showers "
                    "next to it.",
                    "How many cycles fit in the locked shelter?",
                    "60 bicycles",
                ),
                F(
                    "A shuttle bus runs from Leeds station every 20 minutes in the morning peak.",
                    "How frequent is the minibus from the railway station at rush hour?",
                    "every 20 minutes",
                ),
            ),
        ),
        (
            section(
                "Requests and lost property",
                F(
                    "Facilities requests are raised in the FixIt portal, and urgent faults on "
                    "extension 2020.",
                    "Which number do you ring for an urgent building fault?",
                    "extension 2020",
                ),
                F(
                    "Lost property is kept at reception for 28 days and then donated to charity.",
                    "How long are found items held before being given away?",
                    "28 days",
                ),
                F(
                    "Desk moves are requested at least 6 working days ahead.",
                    "How much notice is needed to relocate a workstation?",
                    "6 working days",
                ),
                F(
                    "The post room sends outgoing mail at 16:15 each day.",
                    "When is the daily collection of outgoing letters?",
                    "16:15",
                ),
            ),
        ),
    ),
    (
        "Please keep shared spaces tidy for the next person.",
        "Quiet zones are marked on every floor.",
        "The facilities team welcomes suggestions for improving the building.",
    ),
)

SUPPLIER_CODE = Document(
    "supplier_code_of_conduct.pdf",
    "Supplier Code of Conduct",
    (
        (
            section(
                "Labour standards",
                F(
                    "Suppliers pay at least the Real Living Wage to workers on Corvane Group "
                    "contracts.",
                    "What is the minimum pay level for people working on our contracts?",
                    "the Real Living Wage",
                ),
                F(
                    "Working weeks do not exceed 60 hours including overtime.",
                    "What is the cap on total weekly working time at suppliers?",
                    "60 hours",
                ),
                F(
                    "Workers get at least one day off in every 7 days.",
                    "How frequently must employees of a supplier have a rest day?",
                    "one day off in every 7 days",
                ),
                F(
                    "No worker may be younger than 16 years old.",
                    "What is the minimum age for anyone employed by a supplier?",
                    "16 years old",
                ),
            ),
        ),
        (
            section(
                "Environment",
                F(
                    "Suppliers with more than 250 employees publish a carbon reduction plan.",
                    "Which suppliers must share a plan to cut emissions?",
                    "more than 250 employees",
                ),
                F(
                    "Packaging delivered to our depots is at least 70 per cent recyclable by "
                    "weight.",
                    "What proportion of wrapping must be able to be recycled?",
                    "70 per cent",
                ),
                F(
                    "Hauliers working for us run vehicles that meet the Euro VI emission standard.",
                    "Which engine pollution standard must subcontracted trucks meet?",
                    "Euro VI",
                ),
                F(
                    "Spills of chemicals are reported to us within 12 hours.",
                    "How soon must a supplier tell us about a chemical leak?",
                    "within 12 hours",
                ),
            ),
        ),
        (
            section(
                "Ethics and audits",
                F(
                    "Concerns are raised confidentially through the Speak Up line, run by an "
                    "independent provider.",
                    "How can a supplier's worker report wrongdoing anonymously?",
                    "Speak Up line",
                ),
                F(
                    "Corvane Group may audit a supplier with 10 days' notice, or without notice "
                    "when a serious breach is suspected.",
                    "How much warning do we give before inspecting a vendor?",
                    "10 days' notice",
                ),
                F(
                    "Suppliers fix audit findings within 90 days under an agreed corrective action "
                    "plan.",
                    "How long does a vendor have to resolve problems found during a review?",
                    "within 90 days",
                ),
                F(
                    "Suppliers sign this code every 2 years.",
                    "How often must vendors renew their commitment to these standards?",
                    "every 2 years",
                ),
            ),
        ),
    ),
    (
        "Suppliers make sure their own subcontractors meet these standards.",
        "Bribery and facilitation payments are forbidden.",
        "Breaches may lead to the end of the business relationship.",
    ),
)

EQUIPMENT = Document(
    "it_equipment_standard.pdf",
    "IT Equipment Standard",
    (
        (
            section(
                "Laptops",
                F(
                    "Office staff receive a Lenovo ThinkPad T14 with 32 GB of memory.",
                    "How much RAM does the standard office notebook have?",
                    "32 GB",
                ),
                F(
                    "Engineers and analysts may request a workstation laptop with a dedicated "
                    "graphics card.",
                    "Who can ask for a more powerful computer with a separate GPU?",
                    "Engineers and analysts",
                ),
                F(
                    "Laptops are replaced every 4 years, or earlier if a repair would cost more "
                    "than half of a new one.",
                    "How long is the refresh cycle for portable computers?",
                    "every 4 years",
                ),
                F(
                    "Each laptop comes with a docking station and two 27-inch monitors for the "
                    "office desk.",
                    "What size are the office screens?",
                    "27-inch",
                ),
            ),
        ),
        (
            section(
                "Phones and handhelds",
                F(
                    "Managers and on-call staff receive a company smartphone with a data allowance "
                    "of 30 GB a month.",
                    "How much mobile data is included monthly on a work phone?",
                    "30 GB",
                ),
                F(
                    "Depot handheld scanners are Zebra TC58 devices with a spare battery for each "
                    "shift.",
                    "Which model of barcode reader is used in the depots?",
                    "Zebra TC58",
                ),
                F(
                    "Lost or stolen devices are reported to the Service Desk within 2 hours so "
                    "that they can be wiped remotely.",
                    "How soon after losing a phone must it be reported?",
                    "within 2 hours",
                ),
                F(
                    "Roaming outside Europe is enabled on request for the length of a trip.",
                    "How can someone use their work mobile outside Europe?",
                    "on request",
                ),
            ),
        ),
        (
            section(
                "Ordering and returns",
                F(
                    "Equipment is ordered through the Service Desk catalogue and delivered within "
                    "9 working days.",
                    "How long does it take to receive new kit after ordering?",
                    "within 9 working days",
                ),
                F(
                    "Non-standard equipment above GBP 1,200 needs approval by the IT director.",
                    "From what price does an unusual hardware request need the IT head's consent?",
                    "GBP 1,200",
                ),
                F(
                    "Leavers return all equipment on their last day; unreturned items are "
                    "charged at their remaining book value.",
                    "What is charged if a departing employee keeps company devices?",
                    "their remaining book value",
                ),
                F(
                    "Old devices are wiped and recycled by CircuitCycle, which certifies the "
                    "destruction of data.",
                    "Which firm disposes of retired hardware?",
                    "CircuitCycle",
                ),
            ),
        ),
    ),
    (
        "Equipment remains the property of Corvane Group.",
        "Staff take reasonable care of the equipment they are given.",
        "The Service Desk keeps an inventory of every device.",
    ),
)

SINGLES = (
    HEALTH_PLAN,
    FLEET,
    SUBSCRIPTION,
    SUPPORT_SLA,
    OPERATIONS,
    ENERGY,
    FINANCE,
    WAREHOUSE,
    PROCUREMENT,
    SECURITY,
    SAFETY,
    LEARNING,
    FACILITIES,
    SUPPLIER_CODE,
    EQUIPMENT,
)
