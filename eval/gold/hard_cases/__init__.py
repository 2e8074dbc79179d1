"""The hard-case items, one module per writer's part (see eval/gold/build_hard_cases.py).

The corpus file names, short, for the parts' E(document, article, quote) declarations.
"""

PE = "cn_law_private_economy_promotion_2025.txt"
PS = "cn_law_public_official_sanctions_2020.txt"
BE = "cn_regs_optimizing_business_environment_2019.txt"
SOE = "cn_sasac_central_soe_compliance_measures_2022.txt"
SME = "cn_regs_sme_payment_guarantee_2025.pdf"
NDRC = "ndrc_government_integrity_notice_2023_en.pdf"
GZ = "gz_lecture_hall_guidelines_2025_en.txt"
