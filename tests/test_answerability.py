"""The checks that tell an on-topic clause from one that answers the question."""

from __future__ import annotations

import pytest

from assistant.numerals import chinese_number, to_chinese_numeral
from assistant.answerability.details import (
    asks_outcome,
    asks_prediction,
    delegated_criteria,
    missing_detail,
)
from assistant.answerability.documents import (
    article_of_unindexed_law,
    asks_of_the_opinions,
    claimed_issuer,
    issued_jointly,
    other_founder,
    other_issuer,
    unindexed_act,
    unknown_document,
    wrong_issuer,
)
from assistant.answerability.figures import (
    asked_units,
    counted_noun,
    counts,
    dated_event,
    defined_periods,
    defines_asked_term,
    listed_kinds,
    lists_asked_kinds,
    missing_count,
    missing_fee,
    missing_frequency,
    missing_quantity,
    of_no_kind_asked,
    of_other_kinds,
    other_bound,
    states_asked_count,
    states_asked_figure,
    sub_questions,
)
from assistant.answerability.premises import (
    Premise,
    asked_beyond,
    attributes,
    contradicted_premise,
    premise,
    states_sweep,
    sweep,
)
from assistant.answerability.quantity import Quantity, as_documents_write, frequencies, quantities
from assistant.answerability.terms import (
    other_field,
    undefined_term,
    unknown_batch,
    unknown_standard,
    unknown_term,
)
from assistant.answerability.versions import earlier_version, later_version, unknown_edition

ARTICLE_8 = "第八条 政务处分的期间为：（一）警告，六个月；（二）记过，十二个月；（三）记大过，十八个月；"


@pytest.mark.parametrize(("text", "value"), [("十", 10), ("十二", 12), ("三十", 30), ("一百零二", 102)])
def test_chinese_numerals_both_ways(text, value):
    assert chinese_number(text) == value
    assert to_chinese_numeral(value) == text


def test_a_year_written_digit_by_digit():
    assert chinese_number("二〇一九") == 2019


def test_quantities_in_chinese_and_english():
    assert quantities("自交付之日起30日内支付，最长不得超过六十日") == {Quantity(30, "day"), Quantity(60, "day")}
    assert quantities("within 10 working days and 5%") == {Quantity(10, "workday"), Quantity(5, "percent")}
    assert Quantity(18, "month") in quantities(ARTICLE_8)
    # numbers written as words
    assert quantities("kept on file for five years, or a six-month period") == {
        Quantity(5, "year"), Quantity(6, "month")}
    assert quantities("one of the staff") == set()
    # weeks, in days; not how often (r160)
    assert quantities("一般不少于两周") == {Quantity(14, "day")}
    assert quantities("within 3 weeks") == {Quantity(21, "day")}
    assert quantities("每两周报一次") == set()
    assert quantities("every two weeks") == set()
    assert frequencies("upload it to the platform once a month") == {Quantity(30, "every")}  # (r149)
    assert quantities("成立十周年") == set()
    # training time (r52)
    assert quantities("新入职员工的合规培训每年不得少于16学时") == {Quantity(16, "hour")}
    # years in a row, a count of its own (r126), no period: "two years" is one
    assert quantities("issued two batches for two consecutive years") == quantities("连续两年") == {
        Quantity(2, "years running")}
    assert quantities("for two years") == {Quantity(2, "year")}
    # a multiple of a sum in English words, as 三倍赔偿 (r53, r128); not "double-check"
    assert quantities("entitled to treble damages") == quantities("三倍赔偿") == {Quantity(3, "times")}
    assert quantities("promises double compensation, or three times the loss") == {
        Quantity(2, "times"), Quantity(3, "times")}
    assert quantities("please double-check the damages") == set()


def test_amounts_of_money_as_people_write_them():
    # 5万元 is 50,000 yuan, as 五万元 and 50000元 are; "5万块" and "三千块钱" are money too (r62)
    assert quantities("5万元") == quantities("五万元") == quantities("50000元") == {Quantity(50000, "yuan")}
    assert quantities("每年能领5万块稳岗补贴") == {Quantity(50000, "yuan")}
    assert quantities("塞了三千块钱") == {Quantity(3000, "yuan")}
    assert quantities("报名费800块") == {Quantity(800, "yuan")}
    # ... and with thousands separated (it was read as "000 yuan": r72), a date's comma aside
    assert quantities("the 5,000-yuan gift threshold") == quantities("5，000元") == {Quantity(5000, "yuan")}
    assert quantities("since June 1, 2025") == {Quantity(20250601, "date")}
    # a day said aloud, 号 for 日 (r166, r171)
    assert quantities("2025年7月1号才开始施行") == {Quantity(20250701, "date")}
    assert quantities("每年3月31号前") == {Quantity(331, "date")}


def test_a_period_and_a_half_is_a_number_of_months():
    # 一年半 is 第八条's 十八个月 (r89); "拖了小半年" tells a story, loosely
    assert quantities("处分期是一年半") == quantities("十八个月") == {Quantity(18, "month")}
    assert quantities("两年半") == {Quantity(30, "month")}
    assert quantities("工程款拖了小半年") == quantities("快半年了") == set()
    assert quantities("one and a half years") == {Quantity(18, "month")}
    # a calendar year is no number of years (a heading's "2020年国务院令第728号公布")
    assert quantities("2020年国务院令第728号公布") == set() and quantities("5年") == {Quantity(5, "year")}
    # ... and retrieval reads it in the clause's words
    assert as_documents_write("记大过的处分期是一年半，对吗？") == "记大过的处分期是十八个月，对吗？"


def test_a_figure_restated_in_brackets_is_one_figure():
    # "一个月（30天）" means 第六十二条's 30日; read as two, the month would go unstated (r89)
    assert quantities("不能少于一个月（30天）") == {Quantity(30, "day")}
    assert quantities("18 months (1.5 years)") == {Quantity(1.5, "year")}


def test_money_with_its_currency_first():
    assert quantities("gifts worth under RMB 200") == {Quantity(200, "yuan")}  # (r85)
    assert quantities("¥5,000") == quantities("CNY 5000") == {Quantity(5000, "yuan")}


def test_a_rate_per_mille_is_a_per_cent_rate():
    # "1‰ per day" against 每日利率万分之五 (r76)
    assert quantities("1‰ per day") == {Quantity(0.1, "percent")}
    assert quantities("每日利率万分之五") == {Quantity(0.05, "percent")}
    # ... but not a count of things: 两块牌子, 3块地
    assert quantities("挂两块牌子") == quantities("批了3块地") == set()


def test_a_day_of_every_year_is_a_date_in_either_language():
    # "by June 30 each year" is a date as 每年3月31日前 is (value MMDD), so the two compare (r52)
    assert quantities("by June 30 each year") == {Quantity(630, "date")}
    assert quantities("before 31 March") == quantities("每年3月31日前") == {Quantity(331, "date")}
    assert quantities("on August 5, 2023") == {Quantity(20230805, "date")}
    assert quantities("we may 5 days later") == {Quantity(5, "day")}  # "may", the verb


def test_the_end_of_a_month_is_its_last_day():
    # "机关6月底前公开欠款" claims 6月30日, against 第十八条's 3月31日 (r107); retrieval reads it so too
    assert quantities("机关6月底前公开欠款") == {Quantity(630, "date")}
    assert quantities("3月底前") == quantities("3月31日前") == {Quantity(331, "date")}
    assert as_documents_write("每年3月底前公开") == "每年3月31日前公开"
    assert quantities("2024年6月底") != {Quantity(630, "date")}  # a particular year's month


def test_by_the_quarter_or_month_is_how_often():
    assert frequencies("大企业按季度公示欠款") == frequencies("每季度公示") == {Quantity(91, "every")}
    assert frequencies("逾期利息按月万分之五") == {Quantity(30, "every")}
    assert frequencies("按年化1%约定") == set()  # an annual rate, no recurrence


def test_a_particular_year_is_not_an_amount_of_years():
    # 上一年度 is last year's, not "one year": it does not answer "公示几年？"
    assert quantities("应当每年定期将上一年度逾期尚未支付中小企业款项情况按程序报告") == set()
    assert quantities("同一年内受到两次处分，第一年内") == set()
    assert quantities("这一年的利息总得算上吧") == set()  # this year's (r55)
    assert quantities("处分期满一年后") == {Quantity(1, "year")}


def test_a_question_asking_for_a_figure_no_clause_states():
    gifts = "第三十四条 收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过。"
    assert missing_quantity("收受礼品，金额在多少元以内不算违法？", [gifts]) is not None
    assert missing_quantity("记过的处分期间是多长？", [ARTICLE_8]) is None
    assert missing_quantity("什么是合规？", [gifts]) is None
    # a fine is an amount of money; a penalty may be a sanction, which 第三十四条 states
    article_34 = "第三十四条 大型企业违反本条例，未按照规定在企业年度报告中公示逾期尚未支付中小企业款项信息的，由市场监督管理部门依法处理。"
    question = "What's the actual fine a large company faces if it leaves its overdue SME payments out of its annual report?"
    assert missing_quantity(question, [article_34]) is not None
    assert missing_quantity("What's the penalty for officials who take gifts?", [gifts]) is None
    # a threshold of money (r115)
    question = "What's the RMB value threshold below which gifts to officials are acceptable?"
    assert missing_quantity(question, [gifts]) is not None
    # a rate a deduction is made at (r131), a time limit asked beside a procedure (r128)
    article_22 = "基层群众性自治组织中从事管理的人员受到政务处分的，应当由县级或者乡镇人民政府根据具体情况减发或者扣发补贴、奖金。"
    assert missing_quantity("村干部受到记过处分后，乡镇政府扣他的补贴一般按什么比例扣？", [article_22]) is not None
    assert asked_units("what procedure and time limit does the county have to lodge an objection?") == {
        "day", "workday", "month", "year", "hour"}
    # an English paragraph is read sentence by sentence: its years of issuing two batches are no
    # period of keeping accounting records (r128)
    report = ("Since last year, the Commission has issued two batches of the Guidelines for two consecutive years. "
              "The Guidelines help companies keep records of their interactions.")
    assert missing_quantity("How many years must a company keep its accounting records?", [report]) is not None


def test_a_period_named_for_one_thing_is_not_stated_by_another_periods_figure():
    # 第九条's 付款期限 60日 is no 验收期限 (r105)
    article_9 = "合同另有约定的，从其约定，但付款期限最长不得超过60日。"
    assert missing_quantity("验收期限最长可以约定多少天？", [article_9]) is not None
    assert missing_quantity("付款期限最长可以约定多少天？", [article_9]) is None
    assert missing_quantity("约定的期限最长多少天？", [article_9]) is None  # no period named
    assert missing_quantity("没写期限的话最晚多久要付？", [article_9]) is None
    # the period named in the sentence asking, before its comma (r120)
    question = "大型仪器的验收期限，法规有没有规定最长不得超过多少天？"
    assert missing_quantity(question, ["大型企业从中小企业采购货物，应当自交付之日起60日内支付款项。"]) is not None


def test_the_value_of_a_rate_a_clause_refers_to_is_stated_only_beside_that_rate():
    # 第十七条 names the LPR, gives 万分之五 for another case, and never the LPR's value (r114)
    assert missing_quantity("合同是2023年6月签的，那时候1年期LPR到底是多少？", [SME_ARTICLE_17]) is not None
    assert missing_quantity("没约定利率的，逾期利息按多少算？", [SME_ARTICLE_17]) is None


def test_a_figure_asked_in_everyday_words_is_read_where_the_clause_states_it_in_its_own():
    article_9 = "第九条 机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项"
    # 付钱 is the regulation's 支付; without that reading no fragment is about the question
    assert missing_quantity("验收以后多久付钱？", [article_9]) is None
    # the documents' wording whole: 质保金 is 工程质量保证金, not any fragment with 工程 in it
    assert missing_quantity("质保金到期多久退？", [article_9]) is not None
    # only the phrase asking for the figure is read so: 干部 (公职人员) in the story does not
    # make "公职人员二人以上共同违法" state the lecture fee asked for
    two_officials = "第九条 公职人员二人以上共同违法，根据各自在违法行为中所起的作用，分别给予政务处分。"
    question = "区里有个干部要来我们公司讲讲政策，给他发讲课费的话，标准是多少才不算违规？"
    assert missing_quantity(question, [two_officials]) is not None


COMMITTEE = "第十一条 中央企业设立合规委员会，可以与法治建设领导机构等合署办公，统筹协调合规管理工作，定期召开会议，研究解决重点难点问题。"
ANNUAL_REPORTING = "第二十二条 事业单位、国有大型企业应当每年定期将上一年度逾期尚未支付中小企业款项情况按程序报其主管部门或者监管部门。"


def test_a_question_asking_how_often_needs_a_clause_that_says():
    # 定期 (regularly) says that it recurs, not how often
    question = "How often must a central SOE's compliance committee meet?"
    assert missing_frequency(question, [COMMITTEE]) is not None
    assert missing_frequency("中央企业合规委员会多久召开一次会议？", [COMMITTEE]) is not None
    # 每年 does, though it is no number of days: "多久" asks for a period and is answered
    question = "国有大型企业多久要报告一次逾期尚未支付中小企业款项的情况？"
    assert missing_frequency(question, [ANNUAL_REPORTING]) is None
    assert missing_quantity(question, [ANNUAL_REPORTING]) is None
    # Told, not asked: whether something changes how often, or a story's 好几次
    assert missing_frequency("Does our credit rating affect how often we get inspected?", [COMMITTEE]) is None
    assert missing_frequency("一个月被不同部门查了好几次，有没有规定要联合检查？", [COMMITTEE]) is None
    # an annual report is no frequency
    report = "（一）审议批准合规管理基本制度、体系建设方案和年度报告等"
    assert missing_frequency("中央企业多久开展一次合规管理体系有效性评价？", [report]) is not None


def test_a_fragment_sharing_only_the_unit_asked_for_is_not_about_the_question():
    # "10个工作日" is how long a complaint takes to be passed on, not how long opening a business takes
    article_25 = "第二十五条 受理投诉部门应当自正式受理之日起10个工作日内，按程序将投诉转交有关部门处理。"
    assert missing_quantity("企业开办全流程 几个工作日办完", [article_25]) is not None
    assert missing_quantity("How many working days to open a business?", [article_25]) is not None
    assert missing_quantity("投诉受理以后几个工作日内转交？", [article_25]) is None


def test_a_standard_named_by_its_code_must_be_in_the_documents():
    corpus = "第十六条 中央企业应当建立健全合规管理制度"
    assert unknown_standard("Must we get certified to ISO 37301?", corpus) == "“ISO 37301” not found"
    assert unknown_standard("要按GB/T 35770-2022认证吗？", corpus) == "“GB/T 35770-2022” not found"
    assert unknown_standard("Under ISA 530, when is non-statistical sampling acceptable?", corpus) == "“ISA 530” not found"
    assert unknown_standard("Must we get our compliance system certified?", corpus) is None


def test_a_term_of_a_legal_field_the_documents_do_not_govern_is_outside_them():
    corpus = "第二十一条 银行业金融机构…提供应收账款、仓单、股权、知识产权等权利质押贷款"
    assert other_field("签三年期的劳动合同，试用期最长可以约定多久？", corpus) == "“试用期” not found"
    # company law and another jurisdiction's tax (r91, r88)
    assert other_field("股东对外转让股权，其他股东有没有优先购买权？", corpus) == "“优先购买权” not found"
    assert other_field("这笔款项在香港利得税下可否全数扣除？", corpus) == "“利得税” not found"
    assert other_field("租赁合同对方迟迟不交房，违约金一般怎么算？", corpus) == "“租赁合同” not found"  # (r93)
    # a lease, an insurer, a company's capital (r108, r114, r118)
    assert other_field("Can the landlord raise the rent in the middle of the lease?", corpus) == "“landlord” not found"
    assert other_field("What can we do to make the insurance company pay?", corpus) == "“insurance company” not found"
    assert other_field("改制成有限公司，注册资本咋认缴？", corpus) == "“认缴” not found"
    # a worker's contract, a family's estate, a company chop, an exchange rate (r132, r133, r139)
    assert other_field("公司一直不跟她签劳动合同，能要双倍工资吗？", corpus) == "“劳动合同” not found"
    assert other_field("单位发的抚恤金该怎么在子女之间分？", corpus) == "“抚恤金” not found"
    assert other_field("Does the contract need the official company chop?", corpus) == "“company chop” not found"
    assert other_field("用美元付款，汇率风险条款该怎么约定？", corpus) == "“汇率” not found"
    assert other_field("我在街道办做了五年，今年年假有多少天？", corpus) == "“年假” not found"  # (r142)
    # accounting entries, medical insurance, venture terms, travel expenses (r145, r147, r148, r159)
    assert other_field("逾期利息付给供应商以后，在会计上该记哪个会计科目？", corpus) == "“会计科目” not found"
    assert other_field("医保基金跟配送企业结算的货款，结算周期是多少天？", corpus) == "“医保基金” not found"
    assert other_field("Is a 1x non-participating liquidation preference market standard?", corpus) == (
        "“liquidation preference” not found"
    )
    assert other_field("参加培训的住宿费报销标准一晚上是多少？", corpus) == "“住宿费” not found"
    # climate disclosure, an e-seal's key, Party history, a Party discipline procedure (r164, r165, r167, r169)
    assert other_field("What's the phase-in timeline for Scope 3 emissions disclosure?", corpus) == "“Scope 3” not found"
    assert other_field("单位电子签章的UKey过期了，续期找哪个部门？", corpus) == "“电子签章” not found"
    assert other_field("党史题：中共一大最初在哪里召开？", corpus) == "“中共一大” not found"
    assert other_field("谈话函询的回复材料要不要入档？", corpus) == "“谈话函询” not found"
    # audit sampling (r172)
    assert other_field("How do I compute the upper limit in monetary unit sampling?", corpus) == (
        "“monetary unit sampling” not found"
    )
    # (not the rent a shop stopped by an inspection still owes: r29)
    assert other_field("关门半个月，这半个月的房租、工钱谁给？", corpus) is None
    # ... unless a document uses the term, which puts it back in scope
    assert other_field("试用期内能否解除合同？", corpus + "；试用期") is None
    assert other_field("股权质押贷款怎么办？", corpus) is None


def test_a_subsidy_asked_how_much_is_an_amount_of_money():
    assert asked_units("乡里想申报高标准农田建设项目，亩均补助多少？") == {"yuan"}  # r38
    assert asked_units("How big a fine can market regulators impose under Article 34?") == {"yuan"}  # r43


@pytest.mark.parametrize(("question", "units"), [
    # a gift's value limit, however worded (r46, r48)
    ("Is there a de minimis value, like RMB 200, below which a gift box doesn't count?", {"yuan"}),
    ("What's the maximum gift value the Guangzhou Guidelines allow?", {"yuan"}),
    # a bound, or "the number", of any kind (r48)
    ("建筑业的中型企业，营业收入和资产总额的上限具体是多少？", {"yuan", "percent", "day", "workday", "month", "year", "hour", "person", "times"}),
    ("What's the number in that law?", {"yuan", "percent", "day", "workday", "month", "year", "hour", "person", "times"}),
    # Cantonese: 几多日 (how many days), 几耐 (how long) (r47)
    ("到期之后佢要喺几多日内退返畀我哋？", {"day", "workday"}),
    ("保证期限最长係几耐？", {"day", "workday", "month", "year", "hour"}),
    # a discount is a rate (r108)
    ("区里干部来店里吃饭，打几折以内算正常优惠？", {"percent"}),
    # days a story tells are not asked (r136)
    ("如果企业安排官员到外地游玩几天，这位官员会有什么后果？", frozenset()),
])
def test_a_figure_asked_in_other_words(question, units):
    assert asked_units(question) == units


def test_a_frequency_asked_as_one_of_two_is_a_frequency():
    article_27 = "第二十七条 中央企业应当定期开展合规管理体系有效性评价，针对重点业务合规管理情况适时开展专项评价。"
    question = "《中央企业合规管理办法》规定的有效性评价频次是每年一次还是每三年一次？"  # r44
    assert missing_frequency(question, [article_27]) == "asked-for frequency not stated"
    # ... or asked whether it is one (r52): 定期 says regularly, not how often
    article_11 = "第十一条 中央企业设立合规委员会，统筹协调合规管理工作，定期召开会议，研究解决重点难点问题。"
    question = "我司拟设立合规委员会。请问办法对合规委员会会议频次是否规定为每季度至少召开一次？"
    assert missing_frequency(question, [article_11]) == "asked-for frequency not stated"
    assert missing_frequency("合规委员会是否规定为每年召开会议？", ["合规委员会每年召开会议。"]) is None


def test_what_the_opinions_themselves_say_is_not_indexed():
    titles = ["National Development and Reform Commission: Improve Government Integrity Performance Mechanism"]
    question = "The NDRC notice implements the Opinions on the private economy. What does the text of those Opinions itself say about arrears?"
    assert asks_of_the_opinions(question, titles) == "the Opinions not indexed"
    assert asks_of_the_opinions("What does the NDRC notice say about arrears?", titles) is None
    # ... asked of a section of them, or "exactly" (r51)
    question = "What exactly does the section of those Opinions on government integrity require?"
    assert asks_of_the_opinions(question, titles) == "the Opinions not indexed"


def test_a_report_due_within_days_is_no_figure_someone_discloses():
    # "评价报告须在…多少日内报送" asks for days; "要公开多少合同" asks whether to disclose (r40)
    assert asked_units("评价报告须在评价完成后多少日内报送国资委？") == {"day", "workday"}
    assert asked_units("机关要公开多少合同？") == frozenset()


def test_guests_at_an_event_are_people_counted():
    report = (
        "On the afternoon of December 26, the 12th session of the “Integrity and Compliance Lecture Hall” "
        "was held at the Liby Center, and this event gathered over 100 guests."
    )
    assert missing_quantity("“廉洁合规大讲堂”第12期大概来了多少人？", [report]) is None
    assert missing_quantity("roughly how many ppl turned up at session 12 of the lecture hall?", [report]) is None


COMPLAINTS = (
    "(1) Smooth complaint channels for breach of contract and dishonesty. Credit leading departments "
    "should rely on their credit websites to open complaint columns and accept clues of breach of contract."
)
DEREGISTRATION = "第三十三条 政府有关部门应当优化市场主体注销办理流程，精简申请材料、压缩办理时间、降低注销成本。"


def test_a_question_asking_for_a_detail_no_clause_on_topic_mentions():
    """Anonymity and the materials to submit are details a clause names in words of its own:
    a clause on complaints that names neither does not answer "can we complain anonymously"."""
    anonymous = "Can we file a breach-of-contract complaint anonymously through the credit website?"
    assert missing_detail(anonymous, [COMPLAINTS], "en") == "asked-for detail not stated: anonymity"
    assert missing_detail("企业投诉政府违约失信，需要提交哪些证明材料？", [COMPLAINTS], "zh") is not None
    assert missing_detail("What paperwork should we send with the complaint?", [COMPLAINTS], "en") is not None
    assert missing_detail("办理注销要精简材料，要跑几趟？", [COMPLAINTS], "zh") is None  # asks no detail
    assert missing_detail("办理注销需要提交哪些材料？", [DEREGISTRATION], "zh") is None  # it names 材料
    # materials as the day a term runs from name none to submit (r129, r130)
    article_25 = "第二十五条 处理投诉部门应当自收到投诉材料之日起30日内形成处理结果，以书面形式反馈投诉人。"
    assert missing_detail("向受理投诉部门投诉拖欠款，具体要提交哪些材料？", [article_25], "zh") is not None
    # a template the documents never prescribe (r120, r123); not the format a document is written in
    article_18 = "第十八条 机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息公开。"
    question = "每年公开逾期未付款信息时，有没有统一的公开格式或模板？"
    assert missing_detail(question, [article_18], "zh") == "asked-for detail not stated: 格式或模板"
    assert missing_detail("What format do the Guidelines actually use?", [article_18], "en") is None
    # "What documents regulate late payment?" asks which policies apply, not what to submit.
    assert missing_detail("What documents regulate late payment to SMEs?", [COMPLAINTS], "en") is None
    # A service asked for is no papers to submit, and a paperwork burden no paperwork asked for.
    assert missing_detail("国家为民营企业提供哪些检验检测、认证方面的服务？", [COMPLAINTS], "zh") is None
    # ... nor a channel or protection a company gives (r52)
    assert missing_detail("按央企合规办法，公司应当给举报的员工提供什么渠道？", [COMPLAINTS], "zh") is None
    assert missing_detail("Can an evaluation add paperwork burdens on us?", [COMPLAINTS], "en") is None
    assert missing_detail("投诉要提供什么？", [COMPLAINTS], "zh") is not None
    # How a particular tax is treated, which no document says (r51, r55, r56)
    assert missing_detail("公司发年终奖，个人所得税是单独计税还是并入综合所得？", [COMPLAINTS], "zh") is not None
    assert missing_detail("Is there VAT on a gift from relatives?", [COMPLAINTS], "en") is not None
    assert missing_detail("税务机关推广电子发票了吗？", ["税务机关应当加大推广使用电子发票的力度"], "zh") is None
    # A tax rate, which no document sets (r46)
    assert missing_detail("What withholding tax rate applies to dividends paid to a UK parent?", [COMPLAINTS], "en") == (
        "asked-for detail not stated: a tax rate"
    )
    # A form to fill in, an evaluation's indicators and weights, somewhere to eat (r38 to r40)
    assert missing_detail("企业来反映拖欠款项，投诉要填个啥表？有没有统一格式？", [COMPLAINTS], "zh") is not None
    assert missing_detail("Is there a standard form for a breach-of-contract complaint?", [COMPLAINTS], "en") is not None
    evaluation = "第八条 国家建立和完善以市场主体和社会公众满意度为导向的营商环境评价体系。"
    assert missing_detail("营商环境评价体系有哪些一级指标、各占多少权重？", [evaluation], "zh") is not None
    notice = "inclusion of dishonesty records into performance evaluation indicators of relevant government departments"
    assert missing_detail("Which evaluation indicators do dishonesty records go into?", [notice], "en") is None
    venue = "The 12th session of the Integrity and Compliance Lecture Hall was held at the Liby Center."
    question = "Meeting near the Liby Center next week: any decent dim sum places around there?"
    assert missing_detail(question, [venue], "en") == "asked-for detail not stated: places to eat or stay"
    assert missing_detail("Can we take the officials we meet at the Liby Center to lunch?", [venue], "en") is None
    # A limitation period, which no document sets (their days are payment terms; r24, r25)
    assert missing_detail("How long do we have to sue before the claim is time-barred?", [COMPLAINTS], "en") == (
        "asked-for detail not stated: a limitation period"
    )
    # ... not the one for prosecution, which 民营经济促进法 第六十三条 names (追诉期限)
    assert missing_detail("Does the statute of limitations for prosecution apply to them?", [COMPLAINTS], "en") is None
    # The costs of going to law, which no document allocates or waives (r28)
    assert missing_detail("为讨债花的律师费、财产保全费能不能要求对方承担？", [COMPLAINTS], "zh") == (
        "asked-for detail not stated: 律师费、诉讼费等费用"
    )
    assert missing_detail("Can we recover our legal fees from the agency?", [COMPLAINTS], "en") is not None
    assert missing_detail("听说还得先把欠条拿去公证，公证费大概多少？", [COMPLAINTS], "zh") is not None  # r37
    # How to get to a place the report names (r34, r36)
    assert missing_detail("Which metro station is closest to the venue, and is there parking?", [COMPLAINTS], "en") == (
        "asked-for detail not stated: directions, parking or opening hours"
    )
    # ... not a company named after its metro (r154)
    assert missing_detail("广州地铁那位是怎么讲国企投资亏损能不能免责的？", [COMPLAINTS], "zh") is None
    assert missing_detail("What did the Guangzhou Metro executive say about losses?", [COMPLAINTS], "en") is None
    # how pensions rise (r163); not a retired official's pension told in his story (r83)
    assert missing_detail("我们退休教师今年养老金到底涨了多少啊", [COMPLAINTS], "zh") == "asked-for detail not stated: 养老金调整"
    assert missing_detail("干部已经在家领养老金了，还能给他处分吗？", [COMPLAINTS], "zh") is None
    # pay and fees no clause on topic mentions (r146, r158)
    assert missing_detail("央企的首席合规官一年的工资是多少？", [CCO_POST], "zh") == "asked-for detail not stated: 薪酬"
    assert missing_detail("Is an SME charged any filing fee when it lodges a complaint?", [COMPLAINTS], "en") == (
        "asked-for detail not stated: a fee or its rate"
    )
    assert missing_detail("到受理投诉部门投诉，到底收不收钱？收多少？", [COMPLAINTS], "zh") == (
        "asked-for detail not stated: 收费或费率"
    )  # (r176)


CCO_POST = "第十二条 中央企业设立首席合规官，由总法律顾问兼任，对企业主要负责人负责，领导合规管理部门组织开展相关工作。"


def test_a_persons_qualifications_are_a_detail_the_clause_must_name():
    """The documents say who holds a post, not what that person must have: a clause on the
    post that names no qualification does not answer "must they be a licensed lawyer"."""
    assert missing_detail("首席合规官是不是必须具有法律职业资格？", [CCO_POST], "zh") == "asked-for detail not stated: 任职资格要求"
    assert missing_detail("合规管理员要持证上岗吗？", [CCO_POST.replace("首席合规官", "合规管理员")], "zh") is not None
    assert missing_detail("What qualifications does a central SOE's chief compliance officer need?", [CCO_POST], "en") is not None
    assert missing_detail("首席合规官由谁兼任？", [CCO_POST], "zh") is None  # asks who, not what they must have
    # "qualify" is a tender's condition, and a certificate on a list is a proof asked of a business
    assert missing_detail("A tender says only products made in our province qualify. Allowed?", [CCO_POST], "en") is None
    assert missing_detail("Can a utility demand a certificate that isn't on the official list?", [CCO_POST], "en") is None
    assert missing_detail("首席合规官要有法律职业资格吗？", [CCO_POST + "首席合规官应当具有法律职业资格和合规管理工作经验。"], "zh") is None


def test_a_listed_set_of_kinds_is_read_from_the_clause_listing_them():
    article_7 = "第七条 政务处分的种类为：\n\n（一）警告；\n\n（二）记过；\n\n（三）记大过；\n\n（四）降级；\n\n（五）撤职；\n\n（六）开除。"
    assert listed_kinds(article_7) == [frozenset({"警告", "记过", "记大过", "降级", "撤职", "开除"})]
    assert listed_kinds(ARTICLE_8) == []  # periods of kinds, not a listing of them


def test_a_figure_asked_of_one_listed_kind_is_stated_only_where_that_kind_is_named():
    sanctions = frozenset({"警告", "记过", "记大过", "降级", "撤职", "开除"})
    article_54 = "对于受到降级以上政务处分的，应当…在作出政务处分决定后一个月内办理…；特殊情况下，…最长不得超过六个月。"
    assert states_asked_figure("记大过的处分期多长？", ARTICLE_8, [sanctions]) is True
    assert states_asked_figure("记大过的处分期多长？", article_54, [sanctions]) is False
    assert states_asked_figure("记大过的处分期多长？", article_54) is True  # no sets known
    assert states_asked_figure("降级以后多久办变更手续？", article_54, [sanctions]) is True


def test_a_kind_asked_about_in_english_is_read_through_the_glossary():
    sanctions = [frozenset({"警告", "记过", "记大过", "降级", "撤职", "开除"})]
    asked = "He got a 'demerit' sanction. How long does it last?"
    assert of_other_kinds("（四）降级、撤职，二十四个月；", asked, sanctions)
    assert not of_other_kinds("（二）记过，十二个月；", asked, sanctions)


def test_a_text_naming_no_kind_of_the_set_asked_about_is_about_something_else():
    sanctions = frozenset({"警告", "记过", "记大过", "降级", "撤职", "开除"})
    payment = "第九条 机关、事业单位从中小企业采购货物…，应当自货物…交付之日起30日内支付款项"
    assert of_no_kind_asked(payment, "记大过的话，处分期是多久？从哪天开始算？", [sanctions])
    assert not of_no_kind_asked(ARTICLE_8, "记大过的话，处分期是多久？", [sanctions])
    assert not of_no_kind_asked(payment, "付款期限从哪天开始算？", [sanctions])  # no kind asked


@pytest.mark.parametrize(("question", "parts"), [
    ("国有企业的部门经理受了记大过的政务处分，处分期有多长？在这期间还能提拔、涨工资吗？",
     ["国有企业的部门经理受了记大过的政务处分，处分期有多长？", "在这期间还能提拔、涨工资吗？"]),
    ("Who verifies the complaint? How long does it take?", ["Who verifies the complaint?", "How long does it take?"]),
    ("记大过的处分期多长？", []),
    # The story before the questions is no question of its own.
    ("我们处室一名公务员被记过。他今年要晋升职级，现在得等多久？", []),
])
def test_a_question_asking_several_things_is_read_part_by_part(question, parts):
    assert sub_questions(question) == parts


def test_asked_which_committee_a_clause_must_name_one():
    cco = "第十二条 中央企业应当结合实际设立首席合规官，不新增领导岗位和职数，由总法律顾问兼任，对企业主要负责人负责，领导合规管理部门组织开展相关工作。"
    question = "Which board committee does the chief compliance officer of a central SOE report to?"
    assert missing_detail(question, [cco], "en") == "asked-for detail not stated: which committee"
    committee = "第九条 中央企业董事会设立合规委员会，首席合规官向合规委员会报告工作。"  # an invented clause
    assert missing_detail("首席合规官向哪个委员会报告工作？", [committee], "zh") is None


PLATFORM = ("国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台，"
            "加强投诉处理机制建设，与相关部门互联互通")
REPORTING = "第二十四条 中央企业应当设立违规举报平台，公布举报电话、邮箱或者信箱"
HOTLINE = ("(1) Smooth complaint channels for breach of contract and dishonesty. Credit leading departments "
           "should rely on the 12345 government service hotline to accept complaints about breach of contract")


@pytest.mark.parametrize(("question", "clause", "missing"), [
    ("拖欠中小企业款项 投诉平台 网址", PLATFORM, "网址"),
    ("What is the web address of the national complaint platform for SME payment arrears?", PLATFORM,
     "a web address"),
    ("央企的违规举报电话是多少？", REPORTING, "电话号码"),
    # The duty to publish a number is stated; the number itself is not asked for.
    ("Must central SOEs publish a phone number for reporting violations?", REPORTING, None),
    ("央企要公布哪些举报渠道？", REPORTING, None),
    # A number the clause gives answers it.
    ("What hotline number can we call to complain about a government breaking a contract?", HOTLINE, None),
])
def test_an_address_or_number_asked_for_must_be_given_as_such(question, clause, missing):
    expected = f"asked-for detail not stated: {missing}" if missing else None
    language = "en" if question.isascii() else "zh"
    assert missing_detail(question, [clause], language) == expected


@pytest.mark.parametrize(("claim", "kind"), [
    ("《中央企业合规管理办法》对所有企业都适用", "all"),
    ("the complaint columns take complaints about any contracting party", "all"),
    ("广州的政商交往指引只适用于国有企业", "only"),
    ("The NDRC notice only covers foreign-invested companies", "only"),
    ("两批指引一共33个场景，并不能涵盖所有情况", None),  # denied: a modest claim
    ("Not all complaints are accepted", None),
    ("the Guidelines can't list every case", None),  # r40
    ("机关应当自交付之日起30日内付款", None),
    # How often, not how far: "each year" is 每年.
    ("Agencies must publish the figures before 31 March each year.", None),
    ("Every agency must publish the figures each year.", "all"),
])
def test_a_claim_that_sweeps_reaches_everyone_or_only_some(claim, kind):
    assert sweep(claim) == kind


def test_a_clause_states_a_sweep_in_words_of_its_own():
    assert states_sweep("包括民营经济组织在内的各类经济组织可以依法平等进入", "all")
    assert not states_sweep("投诉人应当与被投诉人存在合同关系", "all")
    assert states_sweep("本办法仅适用于中央企业", "only")


def test_a_claim_after_is_it_true_that_is_asked_outright():
    claimed = premise("Is it right that the regulation requires at least 60 days of public consultation?")
    assert claimed == Premise(
        "the regulation requires at least 60 days of public consultation", confirming=True, asked_outright=True
    )
    # "how often we get inspected" is no claim
    assert premise("Does our credit rating affect how often we get inspected?") is None


def test_a_confirmation_with_the_wrong_figure_is_contradicted():
    assert contradicted_premise("政务处分法规定警告的期间是十二个月，对吗？", [ARTICLE_8])
    assert contradicted_premise("记过的期间是十二个月，对吗？", [ARTICLE_8]) is None
    assert contradicted_premise("警告的期间是多长？", [ARTICLE_8]) is None  # asks, asserts nothing


def test_a_named_document_must_be_indexed():
    titles = ["中华人民共和国公职人员政务处分法", "保障中小企业款项支付条例"]
    assert unknown_document("根据《行政监察法》应如何处分？", titles) == "《行政监察法》 not indexed"
    assert unknown_document("《公职人员政务处分暂行规定》对处分期间怎么规定？", titles)
    assert unknown_document("《政务处分法》第八条", titles) is None
    assert unknown_document("《保障中小企业款项支付条例》第九条", titles) is None
    # A document's kind alone names what the user refers to before it: "政商交往《指引》" (r39)
    assert unknown_document("广州市纪委出的那两批政商交往《指引》采用什么编写体例？", titles) is None
    # A document the user's own unit is drafting is what they do, not what they ask about (r46)
    assert unknown_document("我局正在起草《县级信用修复工作规程》，请问《政务处分法》怎么规定？", titles) is None
    assert unknown_document("我局拟订《失信惩戒实施细则》（征求意见稿）时有两点需要明确", titles) is None
    assert unknown_document("国务院制定的《失信惩戒实施细则》怎么规定？", titles) == "《失信惩戒实施细则》 not indexed"


def test_an_article_of_a_law_the_documents_neither_are_nor_cite_is_not_indexed():
    corpus = "第二十三条 《中华人民共和国监察法》第十五条第二项规定的人员，未担任公务员…"
    # r118: the law's article is not indexed, and 政务处分法 第十五条 is another article
    assert article_of_unindexed_law("公务员法第五十九条列了哪些纪律？", corpus) == "《公务员法》 not indexed"
    # ... unless an indexed clause cites it, and rules on it
    assert article_of_unindexed_law("监察法第十五条第二项的人员违法怎么处理？", corpus) is None
    assert article_of_unindexed_law("政务处分法第十五条怎么规定？", corpus) is None
    # ... in English (r155)
    assert article_of_unindexed_law(
        "What does Article 22 of China's Anti-Monopoly Law say about dominance?", corpus
    ) == "the Anti-Monopoly Law not indexed"
    assert article_of_unindexed_law("What does Article 70 of the Private Economy Promotion Law say?", corpus) is None


def test_a_chinese_name_finds_a_document_indexed_in_english():
    titles = [
        "Session 12 of the “Integrity and Compliance Lecture Hall” Kicks Off: Drafting Committee "
        "Members Interpret the Guidelines for Government-Business Interactions in Guangzhou",
        "保障中小企业款项支付条例",
    ]
    assert unknown_document("《政商交往典型场景指引和问答》是哪个部门发布的？", titles) is None
    assert unknown_document("《广州市政商交往指引》怎么说？", titles) is None
    # The notice's Chinese title, which its English translation does not carry (r29)
    notice = (
        "National Development and Reform Commission: Improve Government Integrity Performance Mechanism and "
        "Optimize the Development Environment for the Private Economy"
    )
    assert unknown_document("《关于完善政府诚信履约机制优化民营经济发展环境的通知》怎么评估？", [notice]) is None
    # ... as users also word it, 政务诚信 for 政府诚信 (r44)
    assert unknown_document("《关于完善政务诚信履约机制优化民营经济发展环境的通知》第三部分规定了什么？", [notice]) is None
    assert unknown_document("《关于完善政府诚信履约机制的指导意见》怎么说？", [notice])  # another document
    assert unknown_document("《中小企业促进法》规定了什么？", titles) == "《中小企业促进法》 not indexed"
    # A name whose few glossary words ("compliance guidelines") the title shares is another
    # document, most of it untranslated (r21).
    assert unknown_document("《中央企业合规管理指引（试行）》把牵头部门定为哪个部门？", titles) == (
        "《中央企业合规管理指引（试行）》 not indexed"
    )


def test_rates_stated_as_fractions_are_quantities():
    clause = "未作约定的，按照每日利率万分之五支付逾期利息。"
    assert Quantity(0.05, "percent") in quantities(clause)  # 万分之五
    assert contradicted_premise("条例规定逾期利息按每日万分之三计算，是吗？", [clause])
    # the same rate written in per cent is the same figure
    assert Quantity(0.05, "percent") in quantities("The default late-payment interest is 0.05% per day.")
    assert not contradicted_premise("条例规定逾期利息按每日0.05%计算，是吗？", [clause])


SANCTIONS_TEXT = (
    "第二条 本法所称公职人员，是指《中华人民共和国监察法》第十五条规定的人员。\n"
    "第三十四条 收受可能影响公正行使公权力的礼品…；向公职人员及其特定关系人赠送…财物的，予以警告。\n"
    "第五十四条 健全失信惩戒和信用修复制度。民营经济组织…可以提出信用修复申请。\n"
    "(1) the scope of breach of contract and dishonesty includes breach of contracts…\n"
    "the guidelines encourage state-owned capital to become “patient capital”, which means that…"
)
SANCTIONS_HEADINGS = "中华人民共和国公职人员政务处分法\n第二条 本法所称公职人员\n第三十四条 收受可能影响公正行使公权力的礼品…\n第五十四条 健全失信惩戒和信用修复制度"


@pytest.mark.parametrize(("question", "refused_term"), [
    # Used in passing (第三十四条 gives gifts to officials "及其特定关系人"), never defined.
    ("《公职人员政务处分法》里多次提到“特定关系人”，具体是指哪些人？比如表兄弟算不算？", "特定关系人"),
    ("政务处分法里的特定关系人是指什么", "特定关系人"),
    # Defined ("本法所称公职人员，是指…"), or what a clause or the whole law is about.
    ("公职人员是指哪些人？", None),
    ("政务处分是什么意思？", None),
    ("“信用修复”具体指什么？", None),
    ("What is the meaning of credit restoration?", None),
    # Its scope stated: "the scope of breach of contract and dishonesty includes…"
    ("What does breach of contract and dishonesty mean?", None),
    # Defined in passing: "“patient capital”, which means that…"
    ("What does patient capital mean for state investors?", None),
    # Asks no definition
    ("特定关系人收礼，公职人员要受什么处分？", None),
    # Not a term of the documents at all: unknown_term's
    ("“背靠背”条款是什么意思？", None),
])
def test_a_definition_asked_of_a_term_the_documents_use_only_in_passing_is_refused(question, refused_term):
    expected = f"term not defined: {refused_term}" if refused_term else None
    assert undefined_term(question, SANCTIONS_TEXT, SANCTIONS_HEADINGS) == expected


def test_a_rule_quoted_in_the_users_words_is_no_unknown_term():
    # “拿审计结果当结算依据” for 不得强制要求以审计结果作为结算依据 (r109, r117); a term stays one
    corpus = "第十二条 除法律、行政法规另有规定外，不得强制要求以审计结果作为结算依据。第十二条 设立首席合规官。"
    assert unknown_term("两部法规都不让“拿审计结果当结算依据”，分别约束哪些单位？", corpus) is None
    assert unknown_term("“合规管理负责人”由谁担任？", corpus) == "“合规管理负责人” not found"
    # ... as is a reason given in someone's words (r113)
    assert unknown_term("申辩以后会不会因为“态度不好”被罚得更狠？", corpus) is None


def test_a_quoted_term_no_document_uses_is_refused():
    corpus = "第十二条 中央企业设立首席合规官。\nbreach of contract and dishonesty"
    assert unknown_term("“合规管理负责人”由谁担任？", corpus) == "“合规管理负责人” not found"
    assert unknown_term("“首席合规官”由谁担任？", corpus) is None
    # a Chinese term counts as present when its English rendering is (English documents)
    assert unknown_term("通知里的“违约失信”包括哪些？", corpus) is None
    assert unknown_term('What does "compliance officer" mean?', corpus) is None
    # an English question's gloss of words the documents use is no term of its own (r70) ...
    question = "What exactly goes into a government credit record (政府信用记录) under the NDRC notice?"
    assert unknown_term(question, corpus + "\ngovernment credit records") is None
    question = "Can an SME claim state compensation (国家赔偿) when a government agency pays late?"
    assert unknown_term(question, corpus) == "“国家赔偿” not found"
    # ... nor speech after 话, to say in Cantonese (r76)
    assert unknown_term("佢哋又可唔可以话“换咗人要重新走流程”而拖住唔俾？", corpus) is None
    # ... nor an aside in brackets saying what someone is (r75)
    assert unknown_term("我们公司一位副总（属于监察对象）被记大过，处分期多长？", corpus) is None
    # ... but a name glossed is a name the documents would use
    question = "Was the notice issued jointly by the General Office of the State Council (国务院办公厅)?"
    assert unknown_term(question, corpus) == "“国务院办公厅” not found"
    # ... but a Chinese question's bracketed term is
    assert unknown_term("央企的合规委员（合规管理负责人）由谁担任？", corpus) == "“合规管理负责人” not found"


def test_a_quoted_everyday_term_for_the_documents_wording_is_known_unless_it_names_a_website():
    corpus = "第九条 …不得约定以收到第三方付款作为向中小企业支付款项的条件。社会信用体系"
    # colloquial.tsv: 背靠背 → 第三方付款
    assert unknown_term("大企业“背靠背”付款条款合法吗？", corpus) is None
    # 信用中国 → 社会信用体系 there too, but a website is named by its name
    assert unknown_term("“信用中国”网站公示多久？", corpus) == "“信用中国” not found"


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("两批一共覆盖了多少个场景？", "场景"),
        ("两批加起来一共覆盖了多少个典型场景？", "场景"),  # not 典型 (r75)
        ("How many batches have been issued?", "batches"),
        ("How many typical scenarios do the two batches cover?", "scenarios"),  # not "typical" (r36)
        ("一共发了几批？", None),  # the measure word alone: nothing named to count
        ("付款期限是多少天？", None),  # a period: the figure check's business
        ("How many working days does the authority have?", None),
        ("How many of the 33 scenarios are in the second batch?", "scenarios"),  # not "of"
        ("Of the 33 scenarios in the Guidelines, how many are in the first batch?", "scenarios"),  # not "are"
        # ... but only when that is what is first asked: "how many member companies…, and how many
        # of them…" counts companies, not the "29 industry sectors" the story gives.
        ("It spans 29 industry sectors, but how many member companies does it have, and how many of them are foreign?",
         "companies"),
    ],
)
def test_what_a_how_many_question_counts(question, noun):
    assert counted_noun(question) == noun


def test_a_list_item_states_its_figure_for_what_the_list_leads_in_with():
    # "（一）警告，六个月" shares no word with an English question; its lead-in, 政务处分的期间,
    # is what the question asks for (r41).
    article_8 = "第八条 政务处分的期间为：\n\n（一）警告，六个月；\n\n（二）记过，十二个月；"
    question = "Art. 8 of the sanctions law: how long does each sanction period last?"
    assert missing_quantity(question, [article_8]) is None
    assert missing_quantity(question, ["第八条 政务处分的种类为：\n\n（一）警告；\n\n（二）记过；"])


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("It covers 29 industry sectors including biomedicine", {Quantity(29, "count:sector")}),
        ("两批一共覆盖33个场景", {Quantity(33, "count:个场景")}),
        ("five types of sanctions", {Quantity(5, "count:type")}),
        # Not counts: an ordinal, one thing, a year, units that quantities reads, no noun.
        ("第二批指引", set()),
        ("第六十九条规定，对拖欠账款的机关单位", set()),  # (not 十九条 within it)
        ("一个部门", set()),
        ("the 2023 reforms", set()),
        ("三个月内；30个工作日内；within 30 days; two staff members", set()),
        ("两个以上违法行为", set()),
    ],
)
def test_a_number_of_things_is_read_with_the_thing_it_counts(text, stated):
    assert counts(text) == stated


def test_a_count_is_stated_by_a_number_before_the_thing_in_either_language():
    question = "两批指引一共覆盖了多少个场景？"
    assert states_asked_count(question, "the 33 scenarios covered in the two batches")
    assert states_asked_count(question, "两批指引共覆盖33个场景")
    assert not states_asked_count(question, "introducing specific behavioral scenarios and typical cases")
    assert states_asked_count("What does the notice require?", "33 scenarios") is None


def test_an_everyday_word_in_quotes_is_emphasis_not_an_unknown_term():
    corpus = "第十二条 中央企业设立首席合规官。\nintermediary service agencies designated by officials"
    assert unknown_term("审批部门暗示我们得找他们“推荐”的那家评估公司，这合规吗？", corpus) is None
    # a policy term no document uses is still refused, common as its parts may be
    assert unknown_term("条例“试行”期间怎么规定？", corpus) == "“试行” not found"
    assert unknown_term("“背靠背”条款有效吗？", corpus) == "“背靠背” not found"
    # a common word quoted as a figure of speech: a compliance "check-up"
    assert unknown_term("有没有机构帮企业做合规“体检”的？", corpus) is None


def test_the_users_own_name_for_what_the_story_told_is_not_an_unknown_term():
    corpus = "第五十九条 查封、扣押、冻结的财物与案件无关的，应当及时解除。"
    frozen = "办案单位把公司账户、老板爱人的房子、合作方的货款都一起冻住了。法律对这种“一锅端”有没有限制？"
    assert unknown_term(frozen, corpus) is None
    assert unknown_term("“一锅端”式查封是什么意思？", corpus) == "“一锅端” not found"


def test_a_term_the_story_quoted_first_or_a_gloss_in_brackets_is_not_an_unknown_term():
    corpus = "第二十五条 涉企保证金应当有法律、行政法规依据。第十四条 主管部门应当督促。"
    # quoted in the story, then pointed back to (r57)
    deposit = "开工前镇里说要先交一笔“诚信保证金”，还非得交现金。俺们寻思这“诚信保证金”也莫听说过啊，这合规矩不？"
    assert unknown_term(deposit, corpus) is None
    assert unknown_term("这“诚信保证金”合规矩不？", corpus) == "“诚信保证金” not found"
    # the user's gloss on a name (r36)
    assert unknown_term("医院能这么干吗？我们要是去找卫健局（医院的主管部门），他们能管吗？", corpus) is None
    # ... or a document's status after its name (r46), or an example (r165)
    assert unknown_term("我局拟订《失信惩戒实施细则》（征求意见稿）时，应当遵循什么原则？", corpus) is None
    assert unknown_term("如果在处分期内（例如被记过），还能升职吗？", corpus) is None


def test_a_quoted_choice_one_side_of_which_the_documents_use_is_not_an_unknown_term():
    corpus = "本法所称民营经济组织，是指在中华人民共和国境内依法设立的由中国公民控股或者实际控制的营利法人"
    blank = "横线上填“中国公民”还是“境内自然人”？"
    assert unknown_term(blank, corpus) is None
    assert unknown_term("横线上填“境内自然人”还是“中国公民”？", corpus) is None
    # (neither side in the documents: the question is asked of terms they do not use)
    assert unknown_term("横线上填“境内自然人”还是“外籍人士”？", corpus) == "“境内自然人” not found"


def test_words_someone_said_in_quotes_are_speech_not_an_unknown_term():
    corpus = "第三十四条 收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告。"
    assert unknown_term("经办人拖着不办，暗示我们“表示表示”，这合法吗？", corpus) is None
    assert unknown_term("街道办让我们出钱，说是“支持一下工作”，可以拒绝吗？", corpus) is None
    # A name quoted in the story before the question is the story's: the question asks
    # whether the company may refuse, not what “诚信示范商户” is.
    assert unknown_term("街道办要搞个“诚信示范商户”评选，不交钱就影响办事。这种能拒吗？", corpus) is None
    assert unknown_term("“诚信示范商户”评选是什么？", corpus) == "“诚信示范商户” not found"
    # The user's own papers quoted: what a contract says is no term of the documents.
    assert unknown_term("合同写的是“东西查收没问题后60天内付款”，60天从哪天算？", corpus) is None
    assert unknown_term("协议里写着“验收后再结款”，这样可以吗？", corpus) is None
    # An agreed kind of term is a term: 约定“背靠背”付款
    assert unknown_term("大型企业跟我们约定“背靠背”付款，有效吗？", corpus) == "“背靠背” not found"
    # a name made of common words is still a name: 信用 is not among the commonest words
    assert unknown_term("“信用中国”网站公示多久？", corpus) == "“信用中国” not found"


def test_a_term_made_with_a_suffix_is_known_by_its_stem_in_either_language():
    english = "we drew on the emerging 'scenario-based' format, introducing specific behavioral scenarios"
    assert unknown_term("指引为什么要搞“场景化”？", english) is None
    assert unknown_term("指引为什么要搞“清单化”？", english) == "“清单化” not found"


def test_a_date_is_one_figure_not_a_day_a_month_and_a_year():
    assert quantities("本条例自2025年6月1日起施行。") == {Quantity(20250601, "date")}
    assert quantities("effective from June 1, 2025 or 1 June 2025") == {Quantity(20250601, "date")}
    # A date does not state a period: "how many days" is not answered by 2025年6月1日.
    assert missing_quantity("付款期限是多少天？", ["付款期限自2025年6月1日起算。"]) is not None


@pytest.mark.parametrize("question", [
    "民营经济促进法从哪天开始施行？",
    "条例什么时候生效？",
    "When does the revised regulation on guaranteeing payments to SMEs take effect?",
    "What is the effective date of the notice?",
])
def test_when_something_takes_effect_asks_for_a_date(question):
    assert asked_units(question) == {"date"}


@pytest.mark.parametrize(("question", "unit"), [
    ("政府采购要给中小企业预留多大比例的份额？", "percent"),
    ("What percentage of contracts is reserved for SMEs?", "percent"),
    ("How many points is a city's credit score docked for each record?", "point"),
    ("How big are the fines the NDRC imposes on officials?", "yuan"),
    ("What's the per-person spending cap for a working meal?", "yuan"),
    ("企业申请认定中小企业身份，要交多少认定费？", "yuan"),
    ("被处分的干部工资要扣多少？", "yuan"),
    ("What is the maximum value of a gift an official may accept?", "yuan"),
    ("What's the max value of a gift an official can legally accept?", "yuan"),
    ("合规管理人员每年要参加多少学时的培训？", "hour"),
    ("举报属实的，奖励金额一般是多少？", "yuan"),
    ("Is there a cash value below which a gift is allowed?", "yuan"),
    ("礼品价值多少以下可以收？", "yuan"),
    ("How many score points does a city lose per record?", "point"),
    ("Is there an official yuan limit below which a gift to an official is fine?", "yuan"),
    ("条例规定质保金比例最高是多少？", "percent"),
    ("What's the maximum percentage a contractor may hold back?", "percent"),
    ("What's the most we're allowed to pay him as an honorarium?", "yuan"),
    ("How many full-time compliance staff does a central SOE need?", "person"),
    ("Is there a headcount ratio in the SASAC measures?", "person"),
    ("专职合规人员至少要配几个？", "person"),
    ("What is the range of the fine the market regulator can impose?", "yuan"),
    ("违规收礼要罚多少？", "yuan"),
    ("What's the maximum we can spend per person on a meal with an official?", "yuan"),
    ("Is there a required ratio of compliance staff to total employees?", "percent"),
    ("What certificate or minimum years of experience does a chief compliance officer need?", "year"),
    ("Must agencies publish their arrears, and by what date each year?", "date"),
    ("Is there a minimum contract amount before a breach-of-contract complaint gets accepted?", "yuan"),
    ("投诉政府违约有没有最低金额？", "yuan"),
    ("A competitor copied our patent. Up to how many times our losses can we claim?", "times"),
    ("知识产权侵权惩罚性赔偿最多几倍？", "times"),
    # r20, r21
    ("What is the maximum performance bond, as a percentage of the contract price?", "percent"),
    ("What administrative fine can the authorities impose? Is there a fixed amount range?", "yuan"),
    ("暂停期间工资还发不发？发多少？", "yuan"),
    ("这算不算违规从事营利性活动？有没有允许的额度？", "yuan"),  # r23
    # r30
    ("Whistleblowers may be rewarded. Is there a prescribed amount for such rewards?", "yuan"),
    ("If I give shares to my children, is there a gift tax, and what's the rate?", "percent"),
])
def test_a_share_points_or_a_cap_are_figures_a_clause_must_state(question, unit):
    assert asked_units(question) == {unit}


def test_a_date_asked_of_every_year_is_not_stated_by_a_date_of_one_year():
    header = "中央企业合规管理办法（2022年8月23日国务院国有资产监督管理委员会令第42号公布 自2022年10月1日起施行）"
    annual = "By what date each year must a central SOE submit its annual compliance report?"
    assert missing_quantity(annual, [header]) == "asked-for figure not stated"
    publish = "事业单位、国有大型企业应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息公开。"
    assert missing_quantity("事业单位每年什么时候之前要公开逾期未付款信息？截止日期是哪天？", [publish]) is None
    assert missing_quantity("合规管理办法哪天起施行？截止日期是哪天？", [header]) is None  # a date of one year asked


def test_a_periods_length_is_asked_for_but_not_whether_a_limit_exists_nor_what_is_told():
    period = {"day", "workday", "month", "year", "hour"}
    assert asked_units("What's the maximum length of such a suspension?") == period
    # whether the rules set a limit at all, which a clause may do without a figure
    assert asked_units("Our licence renewal has sat there three months. Is there a time limit?") == frozenset()
    assert asked_units("银行要的抵押比国企多好几倍，能向哪里反映？") == frozenset()  # told, not asked
    assert "times" not in asked_units("How many times a year can the bureau inspect us?")  # how often, no multiple


def test_days_asked_as_几日_and_a_payment_within_days_is_not_a_fee():
    assert asked_units("处分决定要在几日内送达？") == {"day", "workday"}
    assert asked_units("机关采购的货物多少天内要付款？") == {"day", "workday"}  # 付款, not a fee


def test_a_figure_someone_must_publish_is_not_asked_for():
    # Whether agencies must publish how many contracts are overdue, not how many there are.
    assert counted_noun("Do agencies have to publish how many contracts they are behind on paying?") is None
    assert asked_units("机关要不要公开拖欠了多少钱？") == set()
    assert counted_noun("How many contracts are overdue?") == "contracts"
    # ... nor where one can see it (r74)
    assert asked_units("Is there anywhere public where I can see how much a big carmaker owes small suppliers?") == set()


def test_only_the_sentences_that_ask_ask_for_a_figure():
    # "几天" in the user's story is "a few days"; the question asks for consequences.
    assert asked_units("供应商请我们去三亚考察几天，吃住全包。我要是去了，会有什么后果？") == set()
    assert asked_units("We signed in March. How many days does the agency have to pay?") == {"day", "workday"}
    assert asked_units("Under Art. 9, how many days does the agency have to pay?") == {"day", "workday"}
    # "这几天", "前几年" are these few days, some years ago: no figure asked (r51)
    assert asked_units("他这几天逢人就问：这个记过处分到底要背多久？") == {"day", "workday", "month", "year", "hour"}
    assert asked_units("前几年的处分还算吗？") == set()


@pytest.mark.parametrize(("question", "predicts"), [
    ("政府换届后不认合同，我们起诉的话胜诉的可能性大吗？", True),
    ("What are our chances of winning if we sue the county?", True),
    ("Will we win if we take the district to court?", True),
    ("My source plans to sue a state-owned enterprise. Given the new law, will it win?", True),  # r119
    ("政府违约后，企业可以向哪里投诉？", False),
    ("How likely is it that... no, what does Article 9 say?", True),
    ("What happens to a government that loses a lawsuit against a company?", False),
    ("你帮我估一下，胜算有多大、钱真能要回来的成功率有几成？", True),  # r36
    ("我们区一家民营企业起诉区政府拖欠工程款，你看法院最后会不会判企业赢？", True),  # r93
    # an opportunity the rules give is no chance of winning (r98)
    ("If the complaint is found true, is the authority labelled at once, or does it first get a chance to fix it?",
     False),
    ("法院会判谁承担诉讼费？", False),
    ("你帮我估下，我哋有几大机会攞齐本金同利息？", True),  # Cantonese, r47
    ("Honestly, what are the odds they actually get confirmed as dishonest?", True),  # r48
    ("对方依据条例第九条主张本金。请评估我方胜诉的概率有多大？", True),  # r50
    ("If a company complains about our county, what are the chances it gets confirmed as dishonesty?", True),  # r60
    # a tribunal's finding for a client (r128); not what a court may do under a rule
    ("On these facts, will the tribunal accept our estoppel argument based on Article 70 and find for our client?",
     True),
    ("Will the court find that the county breached Article 70?", False),
    # how the review of one's own case will end (r138); not what the rules allow in such a case
    ("我们区有个干部被记大过，他申请了复审。照他这个情况，复审能改成更轻的处分吗？", True),
    ("照这种情况，能不能申请复审？", False),
    # ... whether a lawsuit will be lost, or the money got back (r142, r143)
    ("有间小装修公司要起诉我们街道办拖数，你看我们场官司会不会输？", True),
    ("If we complain through the Credit China column, will we actually get our money back?", True),
    # what the lawmakers will do next (r146, r148, r154, r155, r157, r158, r159)
    ("Will the 30-day payment deadline for government bodies be shortened in the next revision?", True),
    ("Will the State Council amend the SME payment regulation again by 2027? Give me a probability.", True),
    ("Is the NDRC expected to revise the 1103 notice in 2026?", True),
    ("听说国资委要出合规管理办法的配套实施细则，大概啥时候发？", True),
    ("民营经济促进法以后会修改吗？什么时候？", True),
    # ... whether its implementing rules will come out (r166, r167)
    ("民营经济促进法会不会出实施细则啊 大概几时出", True),  # (Cantonese 会唔会, as mainland() reads it)
    ("押题用：民营经济促进法会不会在2026年出台配套的实施条例？", True),
    # ... an amendment, what someone expects lawmakers to do, signs of a plan (r175, r176, r177)
    ("明年全国人大会不会出个修正案？要改的话会先改哪几条？", True),
    ("Do you expect the State Council to shorten the 60-day payment limit again in 2026?", True),
    ("Any sign that the NDRC plans to turn the 2023 notice into a law in the next few years?", True),
    ("Do you expect a reply within 30 days?", False),
    ("What did the 2025 revision of the SME payment regulation change?", False),
])
def test_asking_how_a_case_will_turn_out_is_a_prediction(question, predicts):
    assert (asks_prediction(question) is not None) == predicts


def test_asked_when_it_takes_effect_a_date_counts_only_beside_taking_effect():
    heading = "保障中小企业款项支付条例（2020年国务院令第728号公布，2025年3月17日国务院令第802号修订）"
    last_article = "第三十七条 本条例自2025年6月1日起施行。"
    question = "条例从哪天开始施行？"
    assert states_asked_figure(question, last_article) is True
    assert states_asked_figure(question, heading) is False  # adopted and revised, not in force
    assert states_asked_figure("条例是哪天公布的？", heading) is True


def test_a_notice_closing_on_a_date_states_the_day_it_was_issued():
    closing = "(9) Expose a batch of typical cases.\nNational Development and Reform Commission\nAugust 5, 2023"
    assert states_asked_figure("When was the NDRC notice issued?", closing) is True
    assert missing_quantity("When was the NDRC notice issued?", [closing]) is None
    assert states_asked_figure("When did the NDRC notice take effect?", closing) is False
    # A date inside a sentence is no closing date.
    assert states_asked_figure("When was it issued?", "Reports are due by March 31, 2024 each year.") is False


def test_taking_effect_is_one_event_however_it_is_worded():
    # "哪天生效" shares no word with "本法自2020年7月1日起施行", which answers it.
    assert missing_quantity("政务处分法是哪天生效的？", ["第六十八条 本法自2020年7月1日起施行。"]) is None
    assert missing_quantity("政务处分法是哪天生效的？", ["第四十五条 政务处分决定书应当及时送达。"]) is not None


def test_a_figure_counts_only_in_a_fragment_about_the_question():
    rate = "第十七条 机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息。双方对逾期利息的利率有约定的，约定利率不得低于合同订立时1年期贷款市场报价利率。"
    assert missing_quantity("中小企业追讨被拖欠的款项，诉讼时效是几年？", [rate]) is not None
    assert missing_quantity("约定的逾期利息利率不得低于几年期贷款市场报价利率？", [rate]) is None
    # ... and not in one sharing only the words a period is framed by: 第二十五条's 30日 is for
    # handling a complaint, no time to apply for review (r88)
    handling = "处理投诉部门应当自收到投诉材料之日起30日内形成处理结果"
    assert missing_quantity("他要在收到处分决定书之日起多少日内申请复审？", [handling]) is not None
    assert missing_quantity("处理投诉部门收到投诉材料后多少日内要给结果？", [handling]) is None


@pytest.mark.parametrize(("question", "expected"), [
    ("条例规定机关单位可以在90日内付款，对吗？", Premise("条例规定机关单位可以在90日内付款", True)),
    ("条例话大型企业要60日内畀钱，係咪？", Premise("条例话大型企业要60日内畀钱", True)),  # Cantonese, r47
    ("《中央企业合规管理办法》规定首席合规官由总法律顾问兼任，对吧？",
     Premise("《中央企业合规管理办法》规定首席合规官由总法律顾问兼任", True)),
    ("The sanction period is capped at 36 months, correct?", Premise("The sanction period is capped at 36 months", True)),
    ("既然条例要求保证金只能交现金，那银行保函还能用吗？", Premise("条例要求保证金只能交现金", False)),
    ("Since the regulation requires deposits in cash, can an SME offer a bank guarantee?",
     Premise("the regulation requires deposits in cash", False)),
    ("央企对举报属实的举报人是必须给奖励的，那奖励标准怎么定？",
     Premise("央企对举报属实的举报人是必须给奖励的", False)),
    ("既然条例要求保证金只能交现金，银行保函还能用吗？", Premise("条例要求保证金只能交现金", False)),
    ("央企合规办法为什么只适用于中央企业？", Premise("央企合规办法只适用于中央企业", False, asks_why=True)),
    ("Why does the notice only cover local governments?",
     Premise("the notice only cover local governments", False, asks_why=True)),
    # What a document is said to say, before the question built on it.
    ("政务处分法规定官员收礼超过3000元才给处分，那送两千块的购物卡没问题吧？",
     Premise("政务处分法规定官员收礼超过3000元才给处分", False)),
    ("营商环境条例规定企业必须加入行业协会，不加入会怎样？", Premise("营商环境条例规定企业必须加入行业协会", False)),
    ("We filed in March. Since the notice lets a city delay payment, how long can it wait?",
     Premise("the notice lets a city delay payment", False)),
    # ... also heard second-hand, with the claim running on past a comma.
    ("听说营商环境条例规定，企业投诉三次不成，就可以起诉政府，具体怎么起诉？",
     Premise("营商环境条例规定，企业投诉三次不成，就可以起诉政府", False)),
    ("The NDRC notice says a city may delay payment for a year. How do we object?",
     Premise("The NDRC notice says a city may delay payment for a year", False)),
    ("Our trainer says SOEs may skip the review. Is that so?", None),  # a person's word
    # ... unless the user builds on it
    ("The deputy was just demoted. My manager says a demotion sanction runs for 36 months, so he "
     "can't be promoted until 2028. Can we plan around that?",
     Premise("a demotion sanction runs for 36 months", False)),
    ("He got a demerit and asked for a review. She says the sanction is suspended during the review, "
     "so he can be promoted now. When will the review end?",
     Premise("the sanction is suspended during the review", False)),
    ("听同事说，复审期间原处分暂停执行，所以他现在照样可以提拔？", Premise("复审期间原处分暂停执行", False)),
    ("A colleague in our compliance team says regulators may inspect us only through random spot checks, so "
     "this inspection is unlawful. Can we turn them away?",
     Premise("regulators may inspect us only through random spot checks", False)),
    # A confirmation asks about the last statement before it, not about the user's story.
    ("Internal audit found that a director took 'consulting fees'. He retired last year. A "
     "colleague insists the law can't touch him any more because he's retired. Is she right?",
     Premise("can't touch him any more because he's retired", True, attributed=True, source="the law")),
    ("Our trainer says the Guidelines won't punish a failed SOE project. That's correct, right?",
     Premise("won't punish a failed SOE project", True, attributed=True, source="the Guidelines")),
    # What someone says a document says, built on: checked in that document, without its name.
    ("Their finance team says the SME payment regulation lets state-owned firms wait for the audit, "
     "since it's public money. Which article gives them that right?",
     Premise("lets state-owned firms wait for the audit", False, attributed=True,
             source="the SME payment regulation")),
    ("他听人说《民营经济促进法》里的“民营经济组织”只算公司，所以用不上这部法。那该找哪部法？",
     Premise("“民营经济组织”只算公司", False, attributed=True, source="《民营经济促进法》里的")),
    # ... or asked about: a confirmation
    ("A colleague's slide says the NDRC notice lets the NDRC limit a city's bond applications. "
     "Does the notice actually say that?",
     Premise("lets the NDRC limit a city's bond applications", True, attributed=True, source="the NDRC notice")),
    # A claim to confirm first, then the question resting on it.
    ("政务处分法第十九条是不是说处分期内可以照常升职？那我们经理下个月能升吗？",
     Premise("政务处分法第十九条规定处分期内可以照常升职", True)),
    ("投诉是由发改委直接受理的吧？那要多久？", Premise("投诉是由发改委直接受理", True)),
    # ... the last statement before the tag, not the user's story (r17)
    ("我老婆最近开了家奶茶店。同事说政务处分法规定公职人员配偶经商的一律撤职，是真的吗？我是不是得让她把店关了？",
     Premise("同事说政务处分法规定公职人员配偶经商的一律撤职", True)),
    # What a party does, "which it says" a document allows, built on (r17)
    ("The zone office is billing each company its share of the cost, which it says the Business Environment "
     "Regulations allow. How should our share be calculated?",
     Premise("The zone office is billing each company its share of the cost", False, attributed=True,
             source="the Business Environment Regulations")),
    ("对方说要等他们的客户付了钱才能付给我们，这种做法合规吗？", None),  # a party's word, not a document's
    # 既然 after the subject it speaks of
    ("条例既然允许约定背靠背付款，这种约定要满足什么条件？", Premise("条例允许约定背靠背付款", False)),
    ("政务处分法规定的处分有哪几种，分别多长时间？", None),  # the first part is itself a question
    ("Under the notice, a government is exempt when its leaders change. How long does the exemption last?",
     Premise("Under the notice, a government is exempt when its leaders change", False)),
    ("The measures require central SOEs to hire the officer from outside. What must that person have?",
     Premise("The measures require central SOEs to hire the officer from outside", False)),
    # A user's own story is context, not a claim about the rules.
    ("We signed a deal with the district and they stopped paying last year. What can we do?", None),
    # ... even when the other side's demand or one's own conduct uses the words of a rule,
    ("我们是一家小装修公司。对方要求履约保证金必须交现金，我们想用保函代替，对方说不行。他们可以这样要求吗？", None),
    ("我是一家国企的投资经理，去年按规定流程投了一个项目，结果亏了钱。我会被追责吗？", None),
    # ... or a demand made of them (its 通知 a verb, not the NDRC notice),
    ("区里一个部门通知我们公司必须报名参加他们搞的评选，还要交800块评审费。我们能不能不去？", None),
    ("The bureau told us we must join their paid training. Can we say no?", None),
    ("街道办打电话说要搞个排名，每家店都必须派人去，还得交300块报名费。这种事能不去吗？", None),
    # ... or what happened in a particular case, however its figures and "under the notice" read (r20, r21)
    ("A department head at a state-owned enterprise we supply was just convicted and got three years, "
     "suspended. His colleagues think he'll keep his job. Is that right under the Sanctions Law?", None),
    ("Our county government was confirmed as dishonest under the NDRC notice. It has now paid everything. "
     "Which body decides that the matter is fixed?", None),
    ("The district government we'd deal with was apparently logged as 'dishonest' under the NDRC's notice for "
     "reneging on an agreement. Are they still blacklisted now that they have performed?", None),  # r40
    ("备课遇到一个案例：某干部有两项违法行为，经认定各自都应当给予记大过。合起来处分期可以定多长？", None),
    # ... unless the user says a document says it.
    ("我们是给事业单位供货的小企业。对方说按照《保障中小企业款项支付条例》，单位有权强制用商业汇票付款。请问汇票最长能开多久？",
     Premise("我们是给事业单位供货的小企业。对方说按照《保障中小企业款项支付条例》，单位有权强制用商业汇票付款", False)),
    # What a document does, whom it covers, who issued it: a claim about the rules too.
    ("The NDRC notice fines a city 5% of the contract value. Who collects the fine?",
     Premise("The NDRC notice fines a city 5% of the contract value", False)),
    ("《中央企业合规管理办法》适用于所有国有企业。那区属国企也要设首席合规官吗？",
     Premise("《中央企业合规管理办法》适用于所有国有企业", False)),
    ("The provincial commerce department issued the Guangzhou Guidelines with 50 scenarios. Which covers gifts?",
     Premise("The provincial commerce department issued the Guangzhou Guidelines with 50 scenarios", False)),
    # ... or what a report says (r39)
    ("The lecture-hall report says the first batch alone had 50 scenarios. Which of those deal with meals?",
     Premise("The lecture-hall report says the first batch alone had 50 scenarios", False)),
    # ... or someone "saying" what a document does
    ("My boss came back from the lecture saying the new Guidelines relax the discipline rules, so we can "
     "take officials to banquets again. Is that what the Guidelines say?",
     Premise("relax the discipline rules", False, attributed=True, source="the new Guidelines")),
    # ... in the plural, or with an adverb (r22, r23)
    ("The 2019 Business Environment Regulations cap any deposit at 5% of the contract value. How do we "
     "get the excess back?",
     Premise("The 2019 Business Environment Regulations cap any deposit at 5% of the contract value", False)),
    ("Item III.(4) of the NDRC notice bars such cities from issuing bonds for three years. Does it cover all bonds?",
     Premise("Item III.(4) of the NDRC notice bars such cities from issuing bonds for three years", False)),
    ("SASAC's 2022 compliance measures apply directly to every state-owned enterprise. What penalty applies?",
     Premise("SASAC's 2022 compliance measures apply directly to every state-owned enterprise", False)),
    # ... and confirmed by an English tag before the question resting on it (r22)
    ("The Guangzhou Guidelines apply across all of Guangdong, right? Which scenarios cover Shenzhen?",
     Premise("The Guangzhou Guidelines apply across all of Guangdong", True)),
    ("The SASAC measures make every company appoint a compliance officer. By when must we?",
     Premise("The SASAC measures make every company appoint a compliance officer", False)),
    # "…if I'm right?" ends on a condition, not a tag: the question asks.
    ("If I report through the hotline, will my identity be kept secret, and is there a reward if I'm right?", None),
    # "Since then" says when, not why; "Say …" supposes a case to ask about.
    ("We signed with the county. Since then the bureau has been merged, and they won't pay. Does that excuse hold?", None),
    ("Say a manager does all her homework and gets every sign-off the rules require. Is she liable?", None),
    ("如果条例规定机关必须在60日内付款。那逾期算违约吗？", None),
    # What a document is said to say, with a plural subject or "按…办法".
    ("The 2019 regulations say every company must join an industry association. What is the penalty?",
     Premise("The 2019 regulations say every company must join an industry association", False)),
    ("按国资委的合规办法，央企要新设首席合规官岗位，由董事长兼任。那他对谁负责？",
     Premise("按国资委的合规办法，央企要新设首席合规官岗位，由董事长兼任", False)),
    # ... and confirmed when only a tag follows it (r18)
    # (what a colleague says a document says is read in that document: r18, r166)
    ("A colleague says that under the NDRC notice, a department can't blame staff turnover. Is she right?",
     Premise("a department can't blame staff turnover", True, attributed=True, source="under the NDRC notice")),
    ("Under Notice No. 1103, may a city be named publicly?", None),  # an abbreviation, not a statement
    # What an article is said to state, after the user's story, with an adverb (r29)
    ("规范性文件只挂了十天就发了。《优化营商环境条例》第六十二条明确规定征求意见期不少于60日，我们能申请复议吗？",
     Premise("《优化营商环境条例》第六十二条明确规定征求意见期不少于60日", False, as_understood=True)),
    # An article asked back ("…不是规定…吗？"), after the user's story (r31): to confirm
    ("货车被扣了。《民营经济促进法》第六十二条不是规定扣押最长不能超过三个月吗？现在都四个月了，能开回来吗？",
     Premise("《民营经济促进法》第六十二条规定扣押最长不能超过三个月", True)),
    # What an office's notice demands of the user is their story (r31)
    ("街道办下通知，说辖区所有餐饮店必须参加他们搞的评比，每家交800块。这个钱我们必须交吗？", None),
    # The user's reading of a document, to be stopped only by a contradiction (r28)
    ("按政务处分法，复审期间原处分要暂停执行，那他这期间的工资怎么发？",
     Premise("复审期间原处分要暂停执行", False, as_understood=True)),
    # A supposition tagged 吧 before the question asked (r30)
    ("他去年被给了警告处分，处分期满后得本人申请、经批准才能解除吧？我们要不要提醒他准备材料？",
     Premise("他去年被给了警告处分，处分期满后得本人申请、经批准才能解除", True)),
    # What an article is said to say, a sentence of its own, then the question (r33, r34)
    ("政务处分法第十五条说，合并后的处分期最长可以到六十个月。那个副县长摊上三件事，是不是要背五年？",
     Premise("政务处分法第十五条说，合并后的处分期最长可以到六十个月", False)),
    ("Our client factors a receivable. Article 16 of the SME payment Regulations gives the debtor 15 days "
     "to confirm the debt – if it misses them, is the receivable deemed confirmed?",
     Premise("Article 16 of the SME payment Regulations gives the debtor 15 days to confirm the debt", False)),
    # ... and asked why, the article's whole rule up to the question mark (r34)
    ("为何《民营经济促进法》第五十二条要求行政检查前，须提前三日书面通知被检查企业？该要求能否作为依据？",
     Premise("《民营经济促进法》第五十二条要求行政检查前，须提前三日书面通知被检查企业", False, asks_why=True)),
    # Someone else's reading of an article (r35)
    ("他说按《政务处分法》第二十四条，被开除的人满五年以后就能重新报考公务员了，问我们从哪天算？",
     Premise("被开除的人满五年以后就能重新报考公务员了", False, as_understood=True)),
    # What a document is said to say, the question built on it, and more of the story after (r42)
    ("他被给了个记过处分。政务处分法规定记过的处分期是六个月，那他半年以后能提拔吗？我们想心里有个数。",
     Premise("政务处分法规定记过的处分期是六个月", False)),
    # ... or to allow (r42)
    ("《民营经济促进法》第七十条允许新一届政府在换届后六个月内重新审查协议。我该向哪里申请复查？",
     Premise("《民营经济促进法》第七十条允许新一届政府在换届后六个月内重新审查协议", False)),
    # 为啥 asks why as 为什么 does (r43)
    ("为啥《政务处分法》规定村干部收礼要超过500元才算违法？是不是500元以内就能随便收？",
     Premise("《政务处分法》规定村干部收礼要超过500元才算违法", False, asks_why=True)),
    # The user's reading of an article, a sentence of its own, then a story and a question (r44)
    ("依《公职人员政务处分法》第八条，撤职处分的期间为三十六个月。我集团一名被撤职的经理能否参加职称评审？",
     Premise("撤职处分的期间为三十六个月", False, as_understood=True)),
    # "Article N of X: <claim>. <question>", "Article N of X has…" (r43, r44)
    ("Article 26 of the SME payment Regulations: once a hospital is found dishonest, its budget is cut by "
     "30% the next year. How does that cut get enforced?",
     Premise("once a hospital is found dishonest, its budget is cut by 30% the next year", False)),
    ("Article 12 of the SASAC Measures has the CCO report to the board's audit committee. How do we score that?",
     Premise("Article 12 of the SASAC Measures has the CCO report to the board's audit committee", False)),
    # An article heard of, with more of the story after the question (r37)
    ("听人说《政务处分法》第三十五条规定：干部挂账吃饭超过三个月不还的，一律开除。他是不是要被开除了？？我要不要先别催他们还钱了",
     Premise("《政务处分法》第三十五条规定：干部挂账吃饭超过三个月不还的，一律开除", False)),
    # The user's own unit's story is no claim about the rules (r50, r52)
    ("我局一名副科长私下打电话给对方老板，称“再闹下去以后别想接局里的活”。供应商现以此为由要求追责。条例对此有何规定？", None),
    ("我们这条美食街上全是小店。街道办上周挨家通知，每家必须报名搞个挂牌，报名费800块。这个我们能不能不交钱啊？", None),
    # A claim heard from someone the user names, of a document "里有规定", before the question
    # and a request after it (r55)
    ("我一个开印刷厂的朋友说，条例里有规定，逾期利息要翻倍算，按每天万分之十算。翻倍以后我能要多少？你帮我算一下。",
     Premise("条例里有规定，逾期利息要翻倍算，按每天万分之十算", False)),
    # "Per the notice, …", "Under item II.(2) of…": what the user says the document says (r54, r56)
    ("Per the NDRC notice, a listed company may only apply for credit restoration after 12 months. One of "
     "our suppliers got listed – how do they apply?",
     Premise("Per the NDRC notice, a listed company may only apply for credit restoration after 12 months", False)),
    ("Under item II.(2) of the NDRC notice, a government body gets 30 days to rectify. What comes next?",
     Premise("Under item II.(2) of the NDRC notice, a government body gets 30 days to rectify", False)),
    # A statement quoted to be judged is not taken as given (r55)
    ('Exam draft, Q7: "Under the NDRC notice, a listing is permanent." Both halves are wrong, I think. '
     "What ends it?", None),
    ('Exam draft, Q14: "Article 62 requires 60 days of public comment." Correct the statement.', None),
    # The user's reading of a document, then 请问 (r52)
    ("他被给予警告处分。按照政务处分法，警告处分期为十二个月，请问在这十二个月内他能否晋升？",
     Premise("警告处分期为十二个月", False, as_understood=True)),
    # What the user is doing by a document is their own conduct (r43)
    ("我们集团是央企，正按《中央企业合规管理办法》设首席合规官。这个职位由谁兼任？", None),
    # ... and what the user's company is under a document, their own status
    ("We are a large enterprise under the SME payment Regulations. Within how many days must we pay "
     "our SME suppliers?", None),
    ("Our subsidiary counts as a 'large enterprise' under the SME payment Regulations. How many days "
     "do we have to pay a small supplier?", None),
    ("Quick one. Our China trucking subsidiary counts as a 'large enterprise' under the SME payment "
     "Regulations. What do we have to disclose about late invoices?", None),  # (r54)
    # (but not a rule they go on to say the document makes of them)
    ("We are a large enterprise, and under the SME payment Regulations we must pay SMEs within 90 days. "
     "What interest applies if we are late?",
     Premise("We are a large enterprise, and under the SME payment Regulations we must pay SMEs within 90 days",
             False)),
    # a demand or an argument put to the user is their story (r6, r34, r45, r49) ...
    ("区教育局开会口头通知，说每家民办园都要交5万块钱的“办园风险保证金”，还必须交现金。这个钱有啥依据吗？", None),
    ("The township government sent a notice to every private factory in our park: each must 'contribute' "
     "50,000 yuan toward a new town square. Can they make us pay?", None),
    ('Applicants in one district are told they must use a particular "recommended" consultancy for their '
     "technical reports. Under the Regulations on Optimizing the Business Environment, is that allowed?", None),
    ("模拟法庭中，对方代理人主张：最高人民法院新作出的一项司法解释应当回头适用于此前的经营行为。《民营经济促进法》对此有无规定？",
     None),
    # ... unless it is what a document says
    ("The supplier was told the NDRC notice requires complaints within 90 days. Which office takes them?",
     Premise("The supplier was told the NDRC notice requires complaints within 90 days", False)),
    # a trainee's case question tells a case, claims no rule (r29)
    ("案例分析题：某县公务员小王先后有两项违法行为，经调查两项都应当给予记过处分。请问：对他的政务处分期应当如何确定？", None),
    # A why-question's comparison is the user's judgment, not part of the rule taken as given (r58)
    ("为什么《保障中小企业款项支付条例》第九条要求大型企业必须在30日内向中小企业付款，比机关、事业单位的要求还严格？",
     Premise("《保障中小企业款项支付条例》第九条要求大型企业必须在30日内向中小企业付款", False, asks_why=True)),
    # A rule stated before a semicolon, then asked about (r59)
    ("The SME payment regulation requires government agencies to publish their overdue SME payments every "
     "quarter; what must each quarterly disclosure contain?",
     Premise("The SME payment regulation requires government agencies to publish their overdue SME payments "
             "every quarter;", False)),
    # "Is that accurate?" asks to confirm what was heard
    ("A trade-body spokesperson claims China's 2025 Private Economy Promotion Law obliges the authorities to "
     "give businesses a breathing space before new rules take effect. Is that accurate?",
     Premise("A trade-body spokesperson claims China's 2025 Private Economy Promotion Law obliges the authorities "
             "to give businesses a breathing space before new rules take effect", True)),
    # A rule asked back ("不是规定…嘛") before a story that ends in a statement of its own (r62)
    ("《保障中小企业款项支付条例》第九条不是规定大型企业收了货30天内就得付钱嘛，俺给国企送的货到今天是第45天，"
     "按说已经超了半个月了。这超的15天利息咋算，从第31天开始算对不对？",
     Premise("《保障中小企业款项支付条例》第九条规定大型企业收了货30天内就得付钱", True)),
    # a figure a document is said to set, taken up again as given ("这十二个月", "those 50": r68, r70)
    ("政务处分法里“警告”的处分期是十二个月，这十二个月是从处分决定作出那天开始算，还是另外算？",
     Premise("政务处分法里“警告”的处分期是十二个月", False)),
    ("The second batch of the Guangzhou guidelines alone contains 50 scenarios. Which of those 50 deal with "
     "investment promotion?",
     Premise("The second batch of the Guangzhou guidelines alone contains 50 scenarios", False)),
    ("我们的货款被拖了十二个月，这十二个月的利息怎么算？", None),  # the user's own figure
    ("We were paid 45 days late. Under the regulations, is interest due for all 45 days?", None),
    # what the law sets is a rule (法定), before a semicolon (r69)
    ("逾期利息法定是按LPR的两倍算；所以拖了14个月，我直接按两倍LPR去要就行？",
     Premise("逾期利息法定是按LPR的两倍算；", False)),
    # typed on a phone, spaces for punctuation (r72)
    ("保障中小企业款项支付条例要求公立医院每年6月30日前把上一年拖欠中小企业的款项情况公开出来 对吧 到时候我们去哪查",
     Premise("保障中小企业款项支付条例要求公立医院每年6月30日前把上一年拖欠中小企业的款项情况公开出来", True)),
    ("优化营商环境条例规定政府部门每个月至少要开一次政企座谈会。下个月我们想反映拖款的事 怎么提比较合适",
     Premise("优化营商环境条例规定政府部门每个月至少要开一次政企座谈会", False)),
    # a why-question's rule with a condition runs on past its comma (r75)
    ("为什么政务处分法规定公职人员一旦申请复审，原来的处分决定就要先暂停执行？这样不会被人拿来拖时间吗？",
     Premise("政务处分法规定公职人员一旦申请复审，原来的处分决定就要先暂停执行", False, asks_why=True)),
    # a figure given as the documents' (r72), not a circumstance
    ("Given the 5,000-yuan gift threshold in the public official sanctions law, how should we split our gift cards?",
     Premise("the 5,000-yuan gift threshold in the public official sanctions law", False)),
    ("Given the current economy, can we delay payment?", None),
    # what a document "has" someone do (r74)
    ("The NDRC notice has the commission grading provincial credit departments every quarter; so will Tianjin be "
     "assessed by March?",
     Premise("The NDRC notice has the commission grading provincial credit departments every quarter;", False)),
    # a tag asks to confirm what comes before it, though the user's story follows (r78)
    ("确认一下：合同没约定逾期利率的，条例规定按每日万分之三付逾期利息，right? 我们旧的测算表就是这么设的。",
     Premise("合同没约定逾期利率的，条例规定按每日万分之三付逾期利息", True)),
    # what the user quotes of a named article, or reads in it with a figure (r77, r78)
    ("按照《保障中小企业款项支付条例》第九条“约定付款期限最长不得超过90日”的规定，合同范本应当如何表述？",
     Premise("《保障中小企业款项支付条例》第九条规定约定付款期限最长不得超过90日", False, as_understood=True)),
    ("我们有几份合同约定了 100 天账期，超过了条例第九条给大型企业定的最长 90 日上限。整改时改成多少天比较稳妥？",
     Premise("条例第九条给大型企业定的最长 90 日上限", False, as_understood=True)),
    ("第九条原文怎么写的？", None),
    # past a comma, a duty with its figure (r82); not the user's own terms
    ("按《保障中小企业款项支付条例》第十八条，卫生院须在15日内确认，超过15日没确认的怎么处理？",
     Premise("《保障中小企业款项支付条例》第十八条，卫生院须在15日内确认", False, as_understood=True)),
    ("按第九条，我们约定了100天账期，合法吗？", None),
    # a figure the user says a document gives, in a relative clause (r81)
    ("How should we follow up if the department doesn't answer within the 15 working days that NDRC Notice "
     "No. 1103 allows?",
     Premise("NDRC Notice No. 1103 allows 15 working days", False, attributed=True, source="NDRC Notice No. 1103")),
    # what one read (r80)
    ("公众号说政府单位逾期付款的利息是按每天万分之三算的，那我被拖的8万块拖了100天，能要多少利息？",
     Premise("政府单位逾期付款的利息是按每天万分之三算的", False)),
    # the user's own story, told as what they are and what happened (r81, r82)
    ("We qualify as an SME under the Chinese size standards. A customer paid 45 days late and the contract says "
     "nothing about interest. What rate can we claim under the SME payment regulations?", None),
    ("镇里想搞个“诚信示范企业”评选，要求辖区企业都得报名，每家交500元评审费。这种做法有没有问题？", None),
    # an article said to bar, or cited "as obliging" (r85, r90)
    ("Article 36 of the 政务处分法 bars retired officials from paid roles for two years. Our candidate left in May, "
     "so we can't hire him until 2027?",
     Premise("Article 36 of the 政务处分法 bars retired officials from paid roles for two years", False)),
    ("The memo cites Article 54 of the Private Economy Promotion Law as obliging authorities to finish credit "
     "restoration within 15 working days. How should we time our application?",
     Premise("Article 54 of the Private Economy Promotion Law obliging authorities to finish credit restoration "
             "within 15 working days", False)),
    # a why-question ends at its question mark, whatever the user's plans after it (r85)
    ("Why does the 政务处分法 let officials accept gifts under RMB 200? We'd like to hand out mooncakes.",
     Premise("the 政务处分法 let officials accept gifts under RMB 200", False, asks_why=True)),
    # what a teacher said, asked back after a dash (r89)
    ("老师说《保障中小企业款项支付条例》要求大型企业自交付之日起45天内付款——文件是这么说的吗？",
     Premise("老师说《保障中小企业款项支付条例》要求大型企业自交付之日起45天内付款", True)),
    # what an article says runs past the comma after 规定 (r86), and up to the conclusion drawn (r91)
    ("既然《保障中小企业款项支付条例》第二十六条规定，失信信息由国家发展改革委统一记入信用记录，那直接向发改委申请移出就行？",
     Premise("《保障中小企业款项支付条例》第二十六条规定，失信信息由国家发展改革委统一记入信用记录", False,
             as_understood=True)),
    ("《保障中小企业款项支付条例》第三十四条规定，大型企业不公示的，由人民银行处理；所以我们银行要核查吗？",
     Premise("《保障中小企业款项支付条例》第三十四条规定，大型企业不公示的，由人民银行处理", False, as_understood=True)),
    # a lecturer's "Explain why…" asks why (r92)
    ("Explain why the SME payment regulation requires agencies to pay within 15 days, and what happens if "
     "they are late.",
     Premise("the SME payment regulation requires agencies to pay within 15 days", False, asks_why=True)),
    # an article's claim before "; so …?" (r95)
    ("Art. 68 of the Private Economy Promotion Law lets large companies pay only once paid; so our clause is safe?",
     Premise("Art. 68 of the Private Economy Promotion Law lets large companies pay only once paid", False)),
    # a why-question in a second language's grammar (r101); when a law took effect, before "; so" (r103)
    ("Why the SME payment tiaoli give jiguan 90 days to pay, but big company only 60 days? It seem not fair.",
     Premise("the SME payment tiaoli give jiguan 90 days to pay, but big company only 60 days", False, asks_why=True)),
    ("The Private Economy Promotion Law took effect on 1 January 2025; so our claim falls under it?",
     Premise("The Private Economy Promotion Law took effect on 1 January 2025;", False)),
    # a document's number, or a passive issuer, before the question (r104, r106)
    ("The NDRC notice No. 1103 obliges provincial credit departments to send a quarterly report to the NDRC. "
     "What must it contain?",
     Premise("The NDRC notice No. 1103 obliges provincial credit departments to send a quarterly report to the NDRC",
             False)),
    ("Guangzhou's guidelines were put out by the city's market regulation bureau; so do they bind officials?",
     Premise("Guangzhou's guidelines were put out by the city's market regulation bureau;", False)),
    # typed in a chat: a figure, then the question on it (r107); a given, formally (r110)
    ("机关6月底前公开欠款 没公开咋办？", Premise("机关6月底前公开欠款", False)),
    ("逾期利息按月万分之五；一年多少？", Premise("逾期利息按月万分之五", False)),
    ("小微企业 营收多少算？", None),
    ("鉴于通知规定发改委每季度通报一次，我县的报告报给谁？", Premise("通知规定发改委每季度通报一次", False)),
    # an English reading of an article, built on politely (r111)
    ("The Japanese side understands that Article 17 of the SME Payment Regulation fixes the default interest at "
     "0.1% per day. We would like to confirm when it starts.",
     Premise("Article 17 of the SME Payment Regulation fixes the default interest at 0.1% per day", False,
             as_understood=True)),
    # an article's figure in Chinese numerals, before "；照这个比例" (r117)
    ("政务处分法第八条给警告定的处分期是三个月；照这个比例，撤职是不是一年左右？",
     Premise("政务处分法第八条给警告定的处分期是三个月", False, as_understood=True)),
    # a report's claim quoted to be checked is asked outright (r119)
    ("报道说：“受到处分的官员在处分期内一律不得升职。”处分期内对晋升到底有什么限制？",
     Premise("受到处分的官员在处分期内一律不得升职", True, asked_outright=True)),
    # ... and so is a memo's line, unless the question builds on it or asks why (r126)
    ("备忘录第3页写：“合同没约定利率的，迟付按每日万分之五算。”第十七条原文是不是这么写的？约定了的话有没有下限？",
     Premise("合同没约定利率的，迟付按每日万分之五算", True, asked_outright=True)),
    ("备忘录写：“依照政务处分法，降级、撤职的处分期间是三十六个月。”为什么降级比记大过的期间长一倍？",
     Premise("依照政务处分法，降级、撤职的处分期间是三十六个月", False, asks_why=True)),
    ('Memo says: "Under Article 24 of the SME payment regulation, complaints are accepted by the county market '
     'regulation bureau." Given that, should our supplier go to the county AMR office?',
     Premise("Under Article 24 of the SME payment regulation, complaints are accepted by the county market "
             "regulation bureau", False)),
    # what an article is said to say runs to its full stop (r124); 讲 says too, and after 为什么…规定,
    # the rule runs on past the comma (r127, r131)
    ("条例第九条说大型企业向中小企业采购，就算合同另有约定，付款期最长都不可以超过90日。那我客户的合同写了120日，"
     "是不是自动当90日计？",
     Premise("条例第九条说大型企业向中小企业采购，就算合同另有约定，付款期最长都不可以超过90日", False,
             as_understood=True)),
    ("条例讲逾期利息是按日万分之三计 我的合同没有写利率 区政府拖了我半年 那他要给多少利息我",
     Premise("条例讲逾期利息是按日万分之三计", False)),
    ("为什么政务处分法规定，退休人员只有退休后两年内被发现的违法行为才能给予政务处分？",
     Premise("政务处分法规定，退休人员只有退休后两年内被发现的违法行为才能给予政务处分", False, asks_why=True)),
    # ... and one's reading of an article, before "；故" (r136), or a document setting a thing at a
    # figure or listing it ("条例把…上限定成3%", r135, r139)
    ("依《保障中小企业款项支付条例》第九条，大型企业向中小企业采购，须于交付后三十日内付款；故本公司的约定是否无效？",
     Premise("大型企业向中小企业采购，须于交付后三十日内付款", False, as_understood=True)),
    ("条例把工程质量保证金上限定成3%，业主扣了我们5%，多扣的部分怎么要回来？",
     Premise("条例把工程质量保证金上限定成3%", False)),
    # a why-question's rule runs on into its other half (r139)
    ("为什么《民营经济促进法》只要求国家机关和事业单位按时付款，却不约束国有企业？",
     Premise("《民营经济促进法》只要求国家机关和事业单位按时付款，却不约束国有企业", False, asks_why=True)),
    # a law firm's client's story, with its contract's term quoted, claims nothing (r136)
    ("本所客户之子公司属小型企业。该单位要求于合同中约定「自交付之日起九十日内付款」。此项约定是否合规？", None),
    # a duty stated first with how often, as a headline or a chat puts it (r140, r127); a figure
    # before "；那…" (r142)
    ("注意了：机关单位每个季度都要公开一次拖欠中小企业款项的情况，企业上哪儿查最新一季的名单？",
     Premise("机关单位每个季度都要公开一次拖欠中小企业款项的情况", False)),
    ("警告处分的处分期是三个月；那就是我三个月之后就可以照常升职啦？", Premise("警告处分的处分期是三个月", False)),
    ("政府采购要求十年以上同类业绩，新成立的公司根本进不去，算不算排斥？", None),  # a demand met, told
    # a fill-in question claims nothing in the phrases with its blanks (r125)
    ("填空题：《保障中小企业款项支付条例》规定，机关应当自____起30日内付款；合同另有约定的，最长也不能超过____日。"
     "两个空各填什么？", None),
    # a document as the label of a claim, or given before a colon (r123)
    ("处分法: 撤职的处分期是36个月; so 被撤职的人要整整三年不能晋升工资档次？",
     Premise("处分法: 撤职的处分期是36个月;", False)),
    ("Given SME条例 Art.17 默认逾期利息是每日万分之三：对方拖了10天，要付多少？",
     Premise("SME条例 Art.17 默认逾期利息是每日万分之三", False)),
    ("街道直接下通知：整条美食街的饭店全部停业十天。他们可以这样一刀切吗？", None),  # the office's demand
    # no claim: a noun the law qualifies (r106), a sentence that asks or a request (r111), a caller's story
    # (r116), the user's own sum (r114)
    ("《民营经济促进法》里面说的“民营经济组织”，法律上的定义到底是什么？", None),
    ("日方想确认两点：一是对方应当在交付后多长时间内付款，合同能否约定更长的期限；二是可否拖延？", None),
    ("We would like to kindly understand the process under the NDRC notice. Who verifies a complaint?", None),
    ("冒昧请教：我方规模不大，对方要求押金一律打现钱，不收银行开的担保书。这种做法站得住吗？", None),
    ("来电民营企业反映：区里新出台的政策规定只有纳税满三年的企业才能申报。此类举报应转哪个部门？", None),
    ("利息按多少算？我自己算的是80万×万分之五×45天=1.8万，对不对？", None),
    # a public body's own plan is its story (r93)
    ("我们局想搞个年度“诚信示范企业”评选，要求辖区规上企业都得报名，每家交500块评审费。这样做行不行？", None),
    # what is going round, or study material passed on, built on after a full stop (r144, r148)
    ("网传《民营经济促进法》是2025年7月1日起施行的。那5月底签的合同，还适用这部法吗？",
     Premise("《民营经济促进法》是2025年7月1日起施行的", False)),
    ("网传“公职人员被降级后要熬满36个月处分期才能解除”。那这36个月里工资档次还能不能涨？",
     Premise("公职人员被降级后要熬满36个月处分期才能解除", False)),
    ("镇财政所转来一份学习材料，称“机关、事业单位应当自交付之日起45日内支付款项”。据此请示：一是付款期是否统一约定为45日。"
     "请予明确。", Premise("机关、事业单位应当自交付之日起45日内支付款项", False)),
    ("呵呵，听说好几个处分叠在一起，处分期合并最长也才三十六个月，那岂不是犯三件也是犯？",
     Premise("好几个处分叠在一起，处分期合并最长也才三十六个月", False)),
    # ... a post's words, quoted or told in a sentence of their own (r144), someone's word in quotes (r147)
    ("A post explains that government agencies have until June 30 every year to publish how many SME contracts "
     "they are behind on paying. Where do they post it?",
     Premise("government agencies have until June 30 every year to publish how many SME contracts they are behind "
             "on paying", False)),
    ("our partner told us 'under the NDRC notice if a contract wasn't performed because of personnel changes it "
     "does not count as breach' so we have no case??",
     Premise("if a contract wasn't performed because of personnel changes it does not count as breach", False,
             attributed=True, source="the NDRC notice")),
    # ... what someone who tells rules says, built on; what someone in a story says, confirmed (r145, r156, r157)
    ("法务说撤职的处分期是三十六个月，所以他现在还在处分期里。那他来我们民企上班有什么限制？",
     Premise("撤职的处分期是三十六个月", False)),
    ("大陆这边听说记大过的处分期是三十六个月，那这三年他都不能升官吗？", Premise("记大过的处分期是三十六个月", False)),
    ("我们的配送商是央企下属的，他们说央企的首席合规官由纪委书记兼任，这是办法里规定的吗？",
     Premise("央企的首席合规官由纪委书记兼任", True)),
    # asked back, at the start or roundly (r151)
    ("不是说没约定利率的就按每日万分之三算逾期利息吗？这点利息大企业会怕？",
     Premise("没约定利率的就按每日万分之三算逾期利息", True)),
    ("央企的首席合规官不都是纪委书记兼任的吗？自己查自己", Premise("央企的首席合规官由纪委书记兼任", True)),
    # when a law took effect, said in passing; what the assistant is asked to assume or to explain (r151, r155)
    ("民营经济促进法2025年1月1日就实施了，都半年多了，这法到底有啥用？", Premise("民营经济促进法2025年1月1日就实施", False)),
    ("Assume Guangzhou's discipline commission has put out five batches of its Guidelines. Act as a trainer and "
     "summarize them.", Premise("Guangzhou's discipline commission has put out five batches of its Guidelines", False)),
    ("Act as a legal explainer: why did the Private Economy Promotion Law take effect on January 1, 2025?",
     Premise("the Private Economy Promotion Law take effect on January 1, 2025", False, asks_why=True)),
    # what a post is said to claim, asked to be confirmed (r144)
    ("Fact-checking a Weibo thread. It claims that under the NDRC notice a local government can't excuse a broken "
     "contract by pointing to a reshuffle. Is that what the notice says?",
     Premise("a local government can't excuse a broken contract by pointing to a reshuffle", True, attributed=True,
             source="under the NDRC notice")),
    # notes, a post, a colleague's message or a counsel's word, quoted or passed on, built on (r164, r167,
    # r170, r171)
    ("我笔记上写：警告的政务处分期是三个月，记过是六个月。为什么警告的处分期要定得这么短？",
     Premise("警告的政务处分期是三个月，记过是六个月", False)),
    ("我笔记上写的是记过，那记过要多久？", None),  # what the notes name, no claim
    ("同事微信原话：“机关从中小企业采购，交付后45日内付款就行。”拟照此在合同模板写“验收后45日内付款”，妥否？",
     Premise("机关从中小企业采购，交付后45日内付款就行", True, asked_outright=True)),
    ("看到一篇帖子：“机关、事业单位每年6月30日前要公开上一年度逾期未付中小企业款项的情况”。为啥定在年中？",
     Premise("机关、事业单位每年6月30日前要公开上一年度逾期未付中小企业款项的情况", False, asks_why=True)),
    ("解读文章说央企首席合规官是新设的领导岗位，由董事长兼任。那现在一共有多少位？",
     Premise("央企首席合规官是新设的领导岗位，由董事长兼任", False)),
    ('From my study group notes: "For county-level and above cities with dishonesty records, NDRC cancels their '
     'eligibility for awards." Why did NDRC draw the line at county level?',
     Premise("For county-level and above cities with dishonesty records, NDRC cancels their eligibility for awards",
             False, asks_why=True)),
    ("我问了个律师朋友，他说合同没约定的话，逾期利息按每日万分之三算。那我被拖了半年能要多少利息？",
     Premise("合同没约定的话，逾期利息按每日万分之三算", False)),
    ("镇里书面答复说，发改委2023年那个政务诚信通知讲了，因人员变动导致不履约的，不视为违约失信。那我们回复时怎么引这条？",
     Premise("发改委2023年那个政务诚信通知讲了，因人员变动导致不履约的，不视为违约失信", False, attributed=True)),
    ("Report says 200 guests turned up for the 12th Lecture Hall on Dec 16 — who were the speakers?",
     Premise("200 guests turned up for the 12th Lecture Hall on Dec 16", False)),
    ("my aunt's wechat group says under that NDRC notice, a local government gets its dishonesty record wiped "
     "after three years. so should she just wait it out?",
     Premise("a local government gets its dishonesty record wiped after three years", False, attributed=True,
             source="under that NDRC notice")),
    # a law's effective date asked back (r166, r171); a document's rule running to a dash and a why (r167); "As
    # the regulations give…," (r168), not the user's own standing
    ("民营经济促进法不是2025年7月1号才开始施行吗？那6月份拖着不给钱是不是用不上这部法？",
     Premise("民营经济促进法2025年7月1号开始施行", False)),
    ("《保障中小企业款项支付条例》规定机关从中小企业采购，应当自交付之日起15日内付款，合同另有约定的最长不超过45日——"
     "为什么机关的期限比大企业短这么多？",
     Premise("《保障中小企业款项支付条例》规定机关从中小企业采购，应当自交付之日起15日内付款，合同另有约定的最长不超过45日",
             False, asks_why=True)),
    ("As the SME payment regulations give government agencies 90 days from delivery to pay an SME supplier, what "
     "recourse do we have?",
     Premise("the SME payment regulations give government agencies 90 days from delivery to pay an SME supplier", False)),
    ("As a foreign company, can we complain under the NDRC notice?", None),
    # what the user was told, heard at a meeting or read in an article (r173, r176)
    ("村主任跟我说，政府欠企业的工程款，法律上规定90天内给了都不算拖欠，那我就再等两个月嘛",
     Premise("政府欠企业的工程款，法律上规定90天内给了都不算拖欠", False)),
    ("我在一篇评论文章里看到，央企的重大决策，合规审查意见由董事长签字就算数。既然董事长说了算，还设什么首席合规官？",
     Premise("央企的重大决策，合规审查意见由董事长签字就算数", False)),
    ("I read in the newspaper that under the NDRC notice a county-level city with a dishonesty record loses its "
     "awards. Why so harsh?",
     Premise("a county-level city with a dishonesty record loses its awards", False, attributed=True,
             source="under the NDRC notice")),
    # a law's effective date however stressed, or by its year alone (r173, r174, r176)
    ("村上开会说民营经济促进法2024年就施行了，那乡上2024年拖我的钱是不是也按这个法来算？",
     Premise("民营经济促进法2024年就施行了", False)),
    ("民营经济促进法明明是2025年7月1日起施行的，怎么五月份就有人拿它去法院讨说法了？",
     Premise("民营经济促进法是2025年7月1日起施行", False)),
    # 既然 after a sentence of the story (r175); a short sentence after the question (r177)
    ("我们的合资伙伴是地方国企。既然《中央企业合规管理办法》直接适用于所有国有企业，那他们是不是也必须设立首席合规官？",
     Premise("《中央企业合规管理办法》直接适用于所有国有企业", False)),
    ("国资委的合规办法规定首席合规官由纪委书记兼任，这样安排是出于什么考虑？课上学生肯定会问。",
     Premise("国资委的合规办法规定首席合规官由纪委书记兼任", False)),
    # a manual's line or a forwarded passage, quoted and asked to be checked or sourced (r172, r179)
    ("客户合规手册第5.7条：“合同未约定逾期利率的，按每日万分之三支付逾期利息。”麻烦给一下这个万分之三的依据条款。",
     Premise("合同未约定逾期利率的，按每日万分之三支付逾期利息", True, asked_outright=True)),
    ("@所有人 有人转发了这段话：“涉企的规范性文件向社会公开征求意见，期限一般不少于15天”，帮忙核实一下",
     Premise("涉企的规范性文件向社会公开征求意见，期限一般不少于15天", True, asked_outright=True)),
    ('Manual §4.8: "Large enterprises may pay SME suppliers only after the end customer has paid them." Which '
     "clause permits this?",
     Premise("Large enterprises may pay SME suppliers only after the end customer has paid them", True,
             asked_outright=True)),
    # ... a manual's or a slide's sentence, a document's rule stated and built on (r172, r174, r177, r178)
    ("Manual §8.2 says provincial credit departments get 15 working days to pass complaint clues on. Which para "
     "sets the 15 working days?",
     Premise("provincial credit departments get 15 working days to pass complaint clues on", False)),
    ("On slide 6 I say the 2019 business environment regs let each province draw up its own negative list. Why "
     "was that allowed?",
     Premise("let each province draw up its own negative list", False, attributed=True,
             source="the 2019 business environment regs")),
    ("The NDRC notice gives provincial credit departments up to 30 days to pass a complaint on, so would it be "
     "premature to chase the county?",
     Premise("gives provincial credit departments up to 30 days to pass a complaint on", False, attributed=True,
             source="The NDRC notice")),
    ("So under the SME payment regs a big buyer has 15 days to confirm a receivable — what happens if it misses "
     "the 15 days?",
     Premise("a big buyer has 15 days to confirm a receivable", False, attributed=True,
             source="under the SME payment regs")),
    # who holds a post, after a label (r167)
    ("判断题我标的是“对”：央企首席合规官由纪委书记兼任，对企业党委负责。那设首席合规官要不要新增领导职数？",
     Premise("央企首席合规官由纪委书记兼任，对企业党委负责", False)),
    # who answers to whom, stated first and built on (r154)
    ("首席合规官是对董事会负责的，那子公司首席合规官的年度考核是不是也由董事会来考？", Premise("首席合规官是对董事会负责的", False)),
    # a case supposed is no claim (r33), nor a quiz's options (r102, r149), nor what is to be checked (r143)
    ("If a private firm reports that a county broke an agreement, which channels can it use under the NDRC notice, "
     "and who then checks whether the complaint is true?", None),
    ("Suppose a prefecture-level city ends up with a dishonesty record under the NDRC notice. What does the NDRC "
     "do?", None),
    ("下列关于中央企业首席合规官的说法，正确的是：A. 必须新增一个领导岗位 B. 由总法律顾问兼任 C. 由纪检监察机构负责人兼任",
     None),
    # not a supposition after a document's name (r158)
    ("发改委的通知说，如果地方政府有失信记录，发改委会怎么惩罚？", None),
    ("如果机关必须在60日内付款，那逾期算违约吗？", None),  # a condition, not a claim
    ("机关多久内付款？", None),
    ("Is that right?", None),
])
def test_the_premise_a_question_rests_on(question, expected):
    assert premise(question) == expected


@pytest.mark.parametrize(("typed", "claim"), [
    ("NDRC notice: government dishonesty records are permanent, never removed",
     "NDRC notice: government dishonesty records are permanent, never removed"),
    ("记过处分期是18个月", "记过处分期是18个月"),
    # Keywords of a question, or a question, are no statement.
    ("SME payment deadline large firms", None),
    ("政府换届 合同违约", None),
    ("记过处分期是多久", None),
    ("Is the demerit period 18 months", None),
])
def test_a_statement_typed_instead_of_a_question_is_a_claim_to_check(typed, claim):
    found = premise(typed)
    assert (found.claim if found and found.statement else None) == claim
    if found and found.statement:
        assert found.confirming  # refused only if the clauses contradict it


def test_what_a_question_asks_beyond_the_premise_it_takes_as_given():
    question = "既然政务处分法规定记过的期间是十二个月，那记大过的期间是多久？"
    assert asked_beyond(question, premise(question)) == "那记大过的期间是多久？"
    # a confirmation or a why-question asks about the claim itself
    confirm = "条例规定机关单位可以在90日内付款，对吗？"
    assert asked_beyond(confirm, premise(confirm)) is None
    why = "央企合规办法为什么只适用于中央企业？"
    assert asked_beyond(why, premise(why)) is None


@pytest.mark.parametrize(("question", "earlier"), [
    ("2020年原条例对付款期限是怎么规定的？", True),
    ("条例修订前，原第八条说的是什么？", True),
    ("What did the original 2020 version of the regulation say about deadlines?", True),
    ("What changed before the 2025 revision?", True),
    ("条例出台前是怎么规定的？", True),
    ("征求意见稿里对付款期限是怎么写的？", True),
    ("起草的规章草案要向社会征求意见多长时间？", False),  # today's rule on drafts
    ("When the authorities draft new rules, how long does the public get to comment on the draft?", False),
    ("Before Notice No. 1103 came out, what did the earlier rules say about complaints?", True),
    ("What did the draft of the second batch of the Guidelines say about grace periods?", True),
    ("The SME regulation's 2024 draft for public comment: what did it say on deposits?", True),
    ("Did the exposure draft of the law cap payment terms?", True),
    ("条例2020年版本里的付款期限是多少天？", True),
    ("2025年修订改了哪些地方？", True),
    ("条例2020年那一版是怎么规定的？这次修订到底改了哪些？", True),
    ("我们2023年的版权纠纷能投诉吗？", False),  # 版权 is copyright, not an edition
    ("What did the 2019 version of the notice require?", True),
    ("If the new leadership replaced the officials we dealt with, is the contract still valid?", False),
    ("What did the notice require before No. 1103 replaced it?", True),
    ("What did the rules say before No. 1103 replaced the earlier notice?", True),
    ("本法施行前已经结案的案件怎么处理？", False),  # a transitional rule of today's text
    ("Who drafts the compliance plan of a central SOE?", False),
    ("第九条原文怎么写的？", False),  # 原文: the wording, today's
    ("政务处分应当坚持什么原则？", False),
    ("What is the original purpose of the regulation?", False),
    ("2020年公布的原版《保障中小企业款项支付条例》对付款期限怎么规定？和现在有什么不同？", True),
    ("民营经济促进法 草案 征求意见稿 拖欠账款条款", True),
    ("《民营经济促进法》草案二审稿和最后通过的版本相比，关于拖欠账款的那一条改了哪些内容？", True),
    ("条例送审稿里付款期限是多少天？", True),
    ("民营经济促进法在2024年10月公开征求意见的草案里，账款支付是第几条？", True),  # r21
    ("What did the earlier edition say about gifts to officials?", True),  # r20
    # r27: the original edition by the order it was published under, or compared with the revision
    ("2020年国务院令第728号公布的那版《保障中小企业款项支付条例》，原来对大型企业的付款期限是怎么规定的？", True),
    ("条例跟2025年修订后的比，改了哪些？", True),
    ("Before the law was adopted a draft was put out for comment. How did its Article 70 differ from the final "
     "text?", True),
    ("What did the draft-for-comment version of the NDRC notice say about credit restoration?", True),  # r63
    # a draft by the document's name, and a draft asked of the new rules its clause is about (r70, r71)
    ("What did the draft Private Economy Promotion Law (草案) released for public comment in 2024 say about "
     "payment arrears?", True),
    ("《优化营商环境条例》征求意见稿中，对新规出台前的适应调整期原先是如何表述的？", True),
    # A draft someone must publish for comment (优化营商环境条例 第六十二条), not an earlier text.
    ("Must the draft of a regulation affecting businesses be put out for public comment?", False),
    # A step before a document is issued, not the text before it.
    ("规范性文件出台前要合法性审核吗？", False),
    ("涉企文件出台前要做公平竞争审查吗？", False),
    ("An official quit the job before the misconduct came out, what happens?", False),
    # the draft's stage, a trial edition by its English label, a time before a document (r105, r109, r114, r119)
    ("《优化营商环境条例》在征求意见稿阶段，关于拖欠账款的条文是怎么表述的？", True),
    ("Under the 2018 Central SOE Compliance Management Guidelines (for Trial Implementation), who was the CCO?", True),
    ("Before the 2023 notice, what did the NDRC's 2016 guidance say about defaults?", True),
    ("What did SASAC's earlier trial guidelines from 2018 say about a chief compliance officer?", True),
    ("Before the notice is applied, must a complaint be verified?", False),
    # Which of the old and the new rule applies, which today's law answers.
    ("旧规定处分更重，新法更轻的，按哪个来？", False),
    ("本法施行前的案件适用新法还是旧法？", False),
    # the original by its year and name, the first version, the drafts before the adopted text (r150, r157, r158)
    ("Under the original 2020 SME payment regulation (Order No. 728), what was the payment term?", True),
    ("When did that first version take effect?", True),
    ("民营经济促进法之前的草案、征求意见稿，跟最后通过的版本比，改了什么？", True),
    # an older opinion, "that older one", the old law before the current one, the draft put out for
    # comment (r165, r166, r168, r171)
    ("I found an older State Council opinion from 2016 on government integrity. What did it say?", True),
    ("dad has a printout of a 2016 guideline. what did that older one say about broken contracts?", True),
    ("Under the old Administrative Supervision Law that preceded the Sanctions Law, what sanctions applied?", True),
    ("《民营经济促进法》之前公开征求意见那版草案，关于拖欠账款那条是第几条？", True),  # (嗰版, as mainland() reads it)
    ("Is the old contract still valid after the county's leadership changed?", False),
    # a law there once was, a draft before the law, released for comment, a trial basis (r173, r175, r176, r179)
    ("我们屋头老辈子说以前有个行政监察法，干部收了礼按那个法是咋个处理的？", True),
    ("民营经济促进法出来之前不是有个草案征求意见稿嘛，那个稿子里头是咋个写的？", True),
    ("Before the law was adopted, a draft was released for public comment in October 2024. Did it contain this?", True),
    ("SASAC issued compliance guidelines on a trial basis in 2018. What did they say about the CCO?", True),
    ("以前有个企业欠了我们钱，现在怎么办？", False),
])
def test_a_question_about_the_text_before_a_revision(question, earlier):
    assert (earlier_version(question) is not None) == earlier


@pytest.mark.parametrize(("question", "earlier"), [
    ("协会哪年发布了《企业廉洁合规建设指引（2023年版）》？", False),  # the documents name that edition
    ("Is the 2025 version of the SME payment regulation already in force?", False),  # its own year
    ("条例2020年版本里的付款期限是多少天？", True),
    ("2025年国务院令第802号修订公布的那版条例，第九条的付款期限是多少天？", False),
    ("2020年国务院令第728号公布的那版条例，第九条的付款期限是多少天？", True),
    # the original named by year (r97, r99)
    ("2020年公布的原《保障中小企业款项支付条例》（国务院令第728号）规定的付款期限是多少天？", True),
    ("2020年国务院728号令刚出的那一版条例里，事业单位付款期限原来是咋规定的？", True),
    # a trial edition, a document of before (r100, r101)
    ("国资委2018年出的中央企业合规管理指引试行版 对央企付款有什么要求", True),
    ("以前那个2007年的行政机关公务员处分条例里 收了企业礼的公务员是怎么处分的", True),
    # the first edition by its year and order, a trial edition by its bracket (r128, r131)
    ("保障中小企业款项支付条例2020年最初那版（国务院令第728号）里，机关的付款期限是多少天？", True),
    ("What did SASAC's 2018 Central Enterprise Compliance Management Guidelines (Trial) say about the CCO?", True),
])
def test_an_edition_of_a_current_year_is_no_earlier_version(question, earlier):
    assert (earlier_version(question, current_years={"2023", "2025"}) is not None) == earlier


def test_a_clause_defines_the_asked_term_in_either_language():
    clause = "第三条 本办法所称合规，是指……。\n\n本办法所称合规风险，是指企业及其员工……的可能性。"
    assert defines_asked_term("合规风险是什么意思？", clause) is True
    assert defines_asked_term("What does 'compliance risk' mean?", clause) is True
    assert defines_asked_term("首席合规官是什么意思？", clause) is False
    assert defines_asked_term("机关多久内付款？", clause) is None  # asks no meaning
    assert defines_asked_term("What counts as a compliance risk?", clause) is True


def test_a_clause_setting_the_period_of_a_term_other_clauses_use():
    assert defined_periods("第八条 政务处分的期间为：\n\n（一）警告，六个月；\n\n（二）记过，十二个月；") == ["政务处分"]
    assert defined_periods("第十九条 公务员在政务处分期内，不得晋升职务。") == []  # uses it, sets none


def test_a_clause_lists_the_kinds_asked_for_in_either_language():
    clause = "第七条 政务处分的种类为：\n（一）警告；\n（二）记过；\n（三）记大过；"
    assert lists_asked_kinds("政务处分有哪几种？", clause) is True
    assert lists_asked_kinds("What are the types of governmental sanctions?", clause) is True
    assert lists_asked_kinds("失信惩戒措施有哪几种？", clause) is False  # kinds of another thing
    # A clause naming kinds is not one listing them.
    assert lists_asked_kinds("政务处分有哪几种？", "（三）政务处分的种类和依据；") is False
    assert lists_asked_kinds("政务处分的期间是多久？", clause) is None  # asks no kinds


def test_asked_how_many_of_something_a_clause_must_count_it():
    guidelines = "the 33 scenarios covered in the two batches of the Guidelines cannot encompass all situations"
    assert missing_count("How many scenarios do the Guangzhou guidelines cover?", [guidelines]) is None
    assert missing_count("广州的指引一共覆盖了多少个场景？", [guidelines]) is None  # through the glossary
    assert missing_count("How many words do I need for IELTS writing task 2?", [guidelines]) is not None
    # "几个" is as often "a few": "派几个员工去帮忙" asks for no count.
    assert missing_count("街道办让我们派几个员工去帮他们搞活动，可以拒绝吗？", [guidelines]) is None
    # A Chinese clause can count only what has a Chinese form: nothing can be said of "members".
    assert missing_count("How many members must the inspection group have?", ["应当由二名以上工作人员进行。"]) is None


def test_who_set_up_an_organization_is_read_from_the_claim_and_from_the_text_naming_it():
    text = "The Association was established in 2021. It is a social organization jointly promoted by the Municipal Federation of Industry and Commerce."
    claim = "The Association was set up by the Provincial Department of Commerce in 2019"
    assert other_founder(claim, text) == ("Provincial Department of Commerce", "Municipal Federation of Industry and Commerce")
    assert other_founder("The Association was set up by the Federation of Industry and Commerce", text) is None
    # A text that does not name the organization records none of its founders.
    assert other_founder("The Lecture Society was set up by the Department of Commerce", text) is None


def test_a_label_before_a_confirmed_claim_is_not_part_of_it():
    assert premise("Background check: the association was set up in 2019, right?").claim == (
        "the association was set up in 2019"
    )
    assert premise("判断题：记大过的期间是十二个月，对吗？").claim == "记大过的期间是十二个月"
    # A clause named before the colon says where the claim is read.
    assert premise("NDRC notice, item III.(4): counties lose their eligibility, right?").claim.startswith("NDRC notice")


@pytest.mark.parametrize("question", [
    "广州政商交往指引两批一共33个场景，其中第二批有多少个场景？",
    "Of the 33 scenarios in the Guidelines, how many are in the first batch and how many in the second?",
    "How many of the 33 scenarios in the Guangzhou Guidelines are in the second batch alone?",
])
def test_a_count_asked_of_one_batch_is_not_stated_by_the_count_of_all_batches(question):
    guidelines = "the 33 scenarios covered in the two batches of the Guidelines cannot encompass all situations"
    assert missing_count(question, [guidelines]) == "asked-for figure not stated"
    # ... but by a sentence counting that batch.
    by_batch = guidelines + ". The second batch adds 15 scenarios, and the first batch has 18 scenarios."
    assert missing_count(question, [by_batch]) is None


def test_a_batch_named_beside_a_count_of_all_is_not_what_is_counted():
    guidelines = "the 33 scenarios covered in the two batches of the Guidelines cannot encompass all situations"
    question = "How many scenarios do the two batches cover in total, and how does the first batch differ?"
    assert missing_count(question, [guidelines]) is None


def test_a_bound_asked_without_a_unit_is_asked_in_the_unit_the_story_gives():
    story = "The bank says opening our account takes 'up to 10 working days'. What's the legal maximum?"
    assert asked_units(story) == {"day", "workday"}
    assert asked_units("What exact shareholding percentage counts as control?") == {"percent"}
    assert asked_units("What is the maximum?") == frozenset()  # nothing to bound


def test_a_number_of_days_is_asked_in_days():
    asked = "What's the maximum number of working days the authorities can take to issue the licence?"
    assert asked_units(asked) == {"workday"}
    assert asked_units("What is the number of days a supplier has to wait?") == {"day", "workday"}


def test_a_tax_rate_is_asked_in_per_cent():
    assert asked_units("小微企业的企业所得税税率是多少？") == {"percent"}
    assert asked_units("What's the corporate income tax rate for small businesses?") == {"percent"}


def test_a_batch_the_documents_never_mention_is_an_unknown_term():
    report = "the first batch of the guidelines … the second batch of the guidelines has solved"
    third = "What does the third batch of the Guangzhou Guidelines add on top of the first two?"
    assert unknown_batch(third, report) == "“third batch” not found"
    assert unknown_batch("广州指引第三批什么时候出？", report) == "“第三批” not found"
    # The second batch is there, in English: asked in Chinese it is found through its ordinal.
    assert unknown_batch("第二批指引主要讲了什么？", report) is None
    assert unknown_batch("What did the 2nd set of guidelines add?", report) is None
    assert unknown_batch("我们给机关供了第三批货，他们一直没付款，按照通知该怎么办？", report) is None  # goods


def test_a_session_of_the_lecture_hall_the_report_never_mentions_is_an_unknown_term():
    report = "the 8th session of the lecture hall … on december 26, the 12th session of the lecture hall"
    thirteenth = "When is the 13th session of the Integrity and Compliance Lecture Hall, and where?"
    assert unknown_batch(thirteenth, report) == "“13th session” not found"
    assert unknown_batch("廉洁合规大讲堂第十三期什么时候办？", report) == "“第十三期” not found"
    assert unknown_batch("廉洁合规大讲堂第12期讲了什么？", report) is None  # the 12th, in English
    assert unknown_batch("What was said at the eighth session of the lecture hall?", report) is None
    assert unknown_batch("我们第13期分期付款什么时候到期？", report) is None  # no lecture near it


@pytest.mark.parametrize(("question", "asks"), [
    ("Has the NDRC's 2023 notice actually reduced defaults? Are there any figures?", True),
    ("条例施行以后实际效果怎么样？有没有数据？", True),
    ("What data must credit leading departments collect?", False),  # asks what a rule requires
    ("政府部门应当共享哪些数据？", False),
    ("有没有数据共享方面的规定？", False),
    ("The bureau has actually reduced our payment. Can it do that?", False),  # a story, not a rule's effect
    # a share of the economy, which a law may state as a premise of its own but does not report (r56)
    ("What share of China's GDP, tax revenue and urban jobs does the private sector account for?", True),
    ("民营经济对GDP的贡献占比是多少？", True),
    # how many cases a rule has been applied to so far (r62, r60) ...
    ("Since the NDRC notice came out in 2023, how many local governments have actually been put on the "
     "dishonesty record?", True),
    ("How many public officials in total have been trained through the Lecture Hall since 2022?", True),
    ("发改委那份通知发出后，到现在全国一共认定了多少起政府违约失信案件？", True),
    ("这几年全国卫健系统有多少干部因为收医药企业的礼被政务处分了 比例高不高", True),  # (r72)
    ("受贿多少钱会被处分？", False),  # the rule, not what befell anyone
    ("广州市2024年有多少公职人员因为违规吃请被给予政务处分？", True),  # (r79)
    ("政务处分法施行以来，全国一共有多少人次公职人员受到政务处分？", True),  # (r82)
    ("How many central SOEs have actually appointed a chief compliance officer since the measures took effect?",
     True),  # (r83)
    ("How many days have passed since delivery?", False),
    # ... how many complaints a platform took, the share closed, how places rank (r87)
    ("去年国家拖欠中小企业款项投诉平台一共收到多少件投诉？办结率是多少？", True),
    ("国家营商环境评价里各省是怎么排名的？我们省去年排第几？", True),
    ("How many officials in Guangzhou were disciplined for breaching the Guidelines last year?", True),
    ("处理投诉部门收到投诉后多少日内要反馈结果？", False),  # the rule's period
    ("How many officials must sign off on a suspension?", False),
    ("去年全国有多少公职人员因为收受企业礼品、接受宴请受到了政务处分？", True),  # (r93)
    ("What share of arrears complaints end with the agency paying in full? Any success rate?", True),  # (r95)
    ("截至目前，全国有多少家中央企业已经设立了首席合规官？", True),  # (r97)
    ("廉洁合规大讲堂到现在举办了多少期？", False),  # the report counts its sessions
    ("全国这两年通过投诉平台帮中小企业追回了多少欠款？有没有个总数？", True),  # (r99)
    # ... the share recovered, how many a year (r117, r118)
    ("拖欠中小企业款项的投诉，这几年欠款追回来的比例大概多少？", True),
    ("像我们这种告乡政府拖欠的投诉，全国一年有多少件？", True),
    # ... how many it befell, told actively, and cases counted as Hong Kong does (r136, r138)
    ("2024年全市因为违规吃请、收礼查处了多少名干部？", True),
    ("依国家发改委第1103号通知，2023年全国经核实属实之政府违约失信投诉共有多少宗？", True),
    # ... not how many a text lists or reports
    ("广州两批政商交往指引一共覆盖多少个场景？", False),
    ("How many sessions of the Lecture Hall have been held?", False),
    # ... named publicly, or any figure published (r145, r146)
    ("How many county hospitals nationwide were publicly named last year for overdue payments to SMEs?", True),
    ("Has any figure been published for the number of complaints?", True),
    # ... how many were given a sanction, or are each year; how places came out (r165, r167, r170)
    ("考试可能考数据：2024年全国各级监察机关一共给予了多少人次政务处分？", True),
    ("政务处分法施行以来，全国每年多少公职人员被政务处分？", True),
    ("Which cities came out on top in the latest evaluation, and is Guangzhou in the top 5?", True),
    ("去年全国一共清欠了多少拖欠中小企业的账款？", True),  # (r179)
    ("一年内被处分几次会被开除？", False),
])
def test_asking_what_a_rule_achieved_is_an_outcome_no_clause_reports(question, asks):
    assert (asks_outcome(question) is not None) == asks


def test_a_standard_asked_as_how_much_is_a_figure_of_any_kind():
    # 讲课费's standard would be yuan, late interest's a rate (万分之五), a payment term's days.
    units = asked_units("给来讲课的干部发讲课费，标准是多少？")
    assert {"yuan", "percent", "day"} <= units
    assert asked_units("逾期利息的标准是多少？") == units


def test_a_day_of_every_year_is_a_date_that_answers_a_when_question():
    clause = "机关、事业单位应当于每年3月31日前将上一年度逾期尚未支付中小企业款项的合同数量、金额等信息…公开"
    assert quantities(clause) == {Quantity(331, "date")}  # not "3月" and "31日"
    assert missing_quantity("逾期未付信息要对外公开，截止日期是哪天？", [clause]) is None


def test_any_more_says_when_not_how_far_a_rule_reaches():
    assert sweep("the law can't touch him any more because he's retired") is None
    assert sweep("the law covers any contracting party") == "all"


def test_a_quote_with_a_pause_or_a_person_in_it_is_speech_not_an_unknown_term():
    corpus = "第三十一条 不得以政府换届、相关责任人更替等为由违约毁约。"
    assert unknown_term("新领导说“那是上一届定的，我们不认”。这样做有依据吗？", corpus) is None
    assert unknown_term("对方说“你们自己看着办”，怎么办？", corpus) is None


SANCTIONS_HEADER = "中华人民共和国公职人员政务处分法（2020年6月20日第十三届全国人民代表大会常务委员会第十九次会议通过）"
SME_HEADER = "保障中小企业款项支付条例（2020年7月5日中华人民共和国国务院令第728号公布 2025年3月17日中华人民共和国国务院令第802号修订）"


@pytest.mark.parametrize(("question", "texts", "later"), [
    ("Was the Public Official Sanctions Law amended after 2020? What did the latest amendment change?",
     [SANCTIONS_HEADER], True),
    ("Has the State Council amended the Regulations on Optimizing the Business Environment since they took effect?",
     ["优化营商环境条例（国务院令第722号，2019年10月22日公布，2020年1月1日施行）"], True),
    ("政务处分法后来有没有修订过？最新修订改了什么？", [SANCTIONS_HEADER], True),
    ("听说《优化营商环境条例》出了修订版，跟2019年那版比改了哪些？",
     ["优化营商环境条例（国务院令第722号，2019年10月22日公布，2020年1月1日施行）"], True),
    ("What did the 2023 Edition require, and what changed in the later edition?", [SANCTIONS_HEADER], True),  # r24
    ("条例的修订版对付款期限怎么规定？", [SME_HEADER], False),  # the revision indexed
    # A document that records its revision answers when it was revised.
    ("Has the SME payment regulation been amended since 2020?", [SME_HEADER], False),
    # A company's own rules being revised is today's rule.
    ("公司的合规制度要不要及时修订？", ["企业应当根据法律法规、监管政策等变化情况，及时对规章制度进行修订完善"], False),
    ("If the contract was amended by both sides, is the old deadline still binding?", [SANCTIONS_HEADER], False),
    ("If our contract was revised after 2020, does the regulation still apply?", [SANCTIONS_HEADER], False),
    # An amendment named by its year (r38)
    ("政务处分法2024年修正以后，记大过的处分期是不是改了？", [SANCTIONS_HEADER], True),
    ("What did the 2024 amendments to the sanctions law change?", [SANCTIONS_HEADER], True),
    ("What did the 2025 revision of the SME regulation change?", [SME_HEADER], False),
    ("2026年新修订的《优化营商环境条例》对付款期限有什么新规定？",
     ["优化营商环境条例（国务院令第722号，2019年10月22日公布，2020年1月1日施行）"], True),  # r44
    ("我们和区里签的合同之后修订了，政府能反悔吗？", [SANCTIONS_HEADER], False),
    # provisions repealed since (r2a), not a duty to repeal (民营经济促进法 第十一条: 及时清理、废除)
    ("Which provisions of the first batch of the Guangzhou Guidelines were repealed when the second batch came "
     "out?", [SANCTIONS_HEADER], True),
    ("指引第一批里哪些条款被废止了？", [SANCTIONS_HEADER], True),
    ("Which policy measures must be repealed after a fair competition review?", [SANCTIONS_HEADER], False),
    ("哪些政策措施应当及时清理、废除？", [SANCTIONS_HEADER], False),
    ("is there a 2024 revised version of the 营商环境条例?", [SANCTIONS_HEADER], True),  # r147
])
def test_amendments_after_the_indexed_text_are_asked_of_a_document_that_records_none(question, texts, later):
    assert (later_version(question, texts) is not None) == later


def test_a_document_of_a_year_no_indexed_document_mentions_is_another_edition():
    corpus = "中央企业合规管理办法（2022年8月23日…公布 自2022年10月1日起施行）"
    question = "Before the 2022 Compliance Measures, SASAC's 2018 trial guidelines applied. Under those 2018 guidelines, who chaired the committee?"
    assert unknown_edition(question, corpus) == "other edition: 2018"
    assert unknown_edition("Under the 2022 measures, who chairs the compliance committee?", corpus) is None
    assert unknown_edition("2016年出台的办法里是怎么规定的？", corpus) == "other edition: 2016"
    assert unknown_edition("我们2018年签的合同，按条例还能主张吗？", corpus) is None  # a year of the story
    # Opinions too, and "那份" a document of that year (r20, r21)
    assert unknown_edition(
        "What did the 2016 State Council Guiding Opinions require for dishonesty records?", corpus
    ) == "other edition: 2016"
    assert unknown_edition("国务院2016年那份关于加强政务诚信建设的指导意见是怎么规定的？", corpus) == "other edition: 2016"
    assert unknown_edition("国务院2022年那份办法是怎么规定的？", corpus) is None
    assert unknown_edition("Under that 1997 law, what sanctions could supervision organs decide?", corpus) == (
        "other edition: 1997"
    )
    # provisions too (r77)
    question = "Under the 2018 interim provisions on sanctions for public officials, how long did a demerit last?"
    assert unknown_edition(question, corpus) == "other edition: 2018"


GZ_ISSUED = (
    "Since last year, the Guangzhou Municipal Commission for Discipline Inspection and Supervision "
    "has issued two batches of the Guidelines and Q&A on Government-Business Interactions."
)
GZ_PUBLISHER = "Guangzhou Greater Bay Area Enterprise Integrity and Compliance Management Association"


@pytest.mark.parametrize(("question", "wrong"), [
    ("Since the Guangzhou Guidelines were put out by the city's SASAC, do they only apply to SOEs?", True),
    ("广州那套政商交往场景指引是市商务局出的吧？", True),
    ("广州的政商交往指引是市纪委监委发布的吗？", False),
    ("The Guidelines issued by the Guangzhou discipline commission say what about meals?", False),
    # ... said the other way round, the body before the document
    ("Since the Guangzhou Public Security Bureau issued the interaction Guidelines, what penalty applies?", True),
    ("The Guangdong Department of Commerce issued the Guangzhou Guidelines with 50 scenarios.", True),
    ("As the Guangzhou discipline commission issued the Guidelines, who do they bind?", False),
    ("市商务局出的政商交往指引里，对吃饭有什么规定？", True),
    ("广州市纪委监委出的政商交往指引里，对吃饭有什么规定？", False),
    # ... or enacted, as a legislature's regulation (r40)
    ("As I understand it, the Guangzhou Guidelines were enacted by the Guangzhou People's Congress as a local "
     "regulation. What's the penalty if we breach them?", True),
    # ... or adopted (r51)
    ("Since the Guangzhou Guidelines were adopted by the Guangzhou Municipal People's Congress as local "
     "regulations, are companies that breach them fined?", True),
    # ... or by a local government, the document named at length (r70, r73)
    ("The Guangzhou Guidelines on government-business interactions in typical scenarios were issued by the "
     "Guangzhou Municipal People's Government, right?", True),
    ("Since the Guangzhou guidelines were promulgated by the Guangzhou Municipal People's Government as a "
     "normative document, are they binding?", True),
    # ... or as the document's owner (r74)
    ("What penalties does the Ministry of Commerce's 2023 notice on the Guangzhou guidelines set out?", True),
])
def test_the_issuer_a_question_names_is_checked_against_the_documents_record(question, wrong):
    _, claimed = claimed_issuer(question)
    recorded = wrong_issuer(claimed, GZ_PUBLISHER, [f"How to draw the line? {GZ_ISSUED} More text."])
    assert (recorded == GZ_ISSUED.removesuffix(".")) if wrong else recorded is None


def test_the_event_a_date_is_claimed_for_is_taking_effect_or_being_issued():
    assert dated_event("自2025年5月20日起施行").search("2025年5月20日起施行")
    assert not dated_event("自2025年5月20日起施行").search("2025年4月30日第十四届全国人大常委会第十五次会议通过")
    assert dated_event("The notice was issued on August 5, 2023").search("published on August 5, 2023")
    assert dated_event("记过，十二个月") is None


def test_a_document_said_to_be_issued_jointly_with_bodies_claims_them_as_issuers():
    question = (
        "The NDRC notice of 5 August 2023 was issued jointly with the People's Bank of China and the Ministry "
        "of Commerce. Which of the three issuing bodies runs the complaint columns?"  # r51
    )
    assert claimed_issuer(question) == ("People's Bank of China", {"central bank"})
    # the body's name ends where the claim goes on ("as local regulations")
    words, _ = claimed_issuer("The Guidelines were adopted by the Guangzhou People's Congress as local regulations.")
    assert words == "Guangzhou People's Congress"
    # "a joint issuance with" a body (r95): that body, jointly with the one the document is named by
    question = "The NDRC government-integrity notice was a joint issuance with MOFCOM. Which office takes complaints?"
    assert claimed_issuer(question) == ("MOFCOM", {"commerce"}) and issued_jointly(question)


def test_bodies_said_to_have_issued_a_document_jointly_must_all_be_its_recorded_issuers():
    # r60: the SASAC measures name SASAC alone
    question = "The Central SOE Compliance Measures were jointly issued by SASAC and the NDRC, right?"
    assert issued_jointly(question)
    words, claimed = claimed_issuer(question)
    assert (words, claimed) == ("SASAC and the NDRC", {"state-owned assets", "development and reform"})
    record = ["（2022年8月23日国务院国有资产监督管理委员会令第42号公布）国务院国资委印发本办法。"]
    assert wrong_issuer(claimed, "国务院国有资产监督管理委员会", record, jointly=True)
    # One of the bodies named alone is the issuer.
    assert wrong_issuer(claimed, "国务院国有资产监督管理委员会", record) is None
    assert issued_jointly("《中央企业合规管理办法》是由国资委和发改委联合印发的吗？")
    assert not issued_jointly("The Measures were issued by SASAC, right?")


def test_a_claim_naming_another_issuer_than_the_text_records_is_told_which_it_records():
    claim = (
        "The two batches of the Guangzhou Guidelines on government-business interactions were "
        "issued by the Guangzhou Municipal Federation of Industry and Commerce."
    )
    assert other_issuer(claim, GZ_ISSUED) == (
        "Guangzhou Municipal Federation of Industry and Commerce",
        "Guangzhou Municipal Commission for Discipline Inspection and Supervision",
    )
    assert other_issuer("广州政商交往指引是市工商联发布的。", "自去年以来，广州市纪委监委连续两年印发了两批指引。") == (
        "市工商联",
        "广州市纪委监委",
    )
    # the issuer the text records, or a text recording none, is no conflict
    assert other_issuer("The Guidelines were issued by the Guangzhou discipline commission.", GZ_ISSUED) is None
    assert other_issuer(claim, "Officials shall not accept gifts.") is None


def test_a_body_a_question_cannot_name_claims_no_issuer():
    assert claimed_issuer("投诉是由发改委直接受理的吧？") is None  # receives, not issues
    assert claimed_issuer("Per the county's notice, we must pay by May.") is None  # no body named with capitals
    assert claimed_issuer("The notice was drafted by someone at the district office, right?") is None
    # made by a body, but not a document
    assert claimed_issuer("Under the SME regulation, is a demand made by the Ministry of Finance binding?") is None


def test_the_issuer_is_read_as_chinese_users_name_it():
    # whose order a regulation is, or which ministry "sent it out" (r105, r114)
    assert claimed_issuer("《保障中小企业款项支付条例》是国资委令，只约束央企？") == ("国资委", {"state-owned assets"})
    assert claimed_issuer("既然《保障中小企业款项支付条例》是住建部发的部门规章，那…") == (
        "住建部", {"housing and construction"})
    assert claimed_issuer("条例规定由上级机关责令改正吗？") is None  # 责令 orders, issues nothing
    # an English gloss in brackets is no part of the body's name (r106)
    assert claimed_issuer("广州市工商联（Federation of Industry and Commerce）发布的《广州市政商交往指引》有几批？") == (
        "广州市工商联", {"industry and commerce federation"})
    # past a document's number, and "jointly issued with" (r109, r117)
    assert claimed_issuer("NDRC notice No. 1103 was issued jointly with the Ministry of Finance. Which items?") == (
        "Ministry of Finance", {"finance"})
    assert claimed_issuer("Since the notice was jointly issued with the Ministry of Finance, who restricts funds?") == (
        "Ministry of Finance", {"finance"})
    # whose order it was issued as (r120); a body ending a line of a list (r123)
    question = "The 2025 revised SME Payment Regulations were issued as an MIIT departmental order, right?"
    assert claimed_issuer(question) == ("MIIT", {"industry and information technology"})
    question = "GZ report recap, confirm pls:\n- the Guidelines were issued by 广州市政府\n- 3 batches\nright?"
    assert claimed_issuer(question) == ("广州市政府", {"local government"})
    # in formal writing, 系由…以第N号令发布 (r136)
    question = "鉴于《中央企业合规管理办法》系由国家发展和改革委员会以第42号令发布，则该办法之解释权是否亦归属发改委？"
    assert claimed_issuer(question) == ("国家发展和改革委员会", frozenset({"development and reform"}))


def test_a_quote_after_a_verb_of_saying_is_speech_not_an_unknown_term():
    corpus = "第七十条 不得以政府换届为由违约、毁约。"
    assert unknown_term("去年县里换届，新班子说“那是上一届的事”，补贴停了。能不认账吗？", corpus) is None
    assert unknown_term("经办人话里话外暗示要“懂点事”，这算索贿吗？", corpus) is None
    # a term someone names is still a term
    assert unknown_term("文件里说的“试行期”是多久？", corpus) == "“试行期” not found"
    # ... and a demand put to the user, by the name its maker gives it (r129)
    assert unknown_term("区里某个部门让我们交一笔“安全生产保证金”，目录清单上没有，这钱可以不交吗？", corpus) is None
    assert unknown_term("区里一个局要我们掏两千块参加一个“诚信示范店”挂牌，不参加行不行？", corpus) is None


@pytest.mark.parametrize(("question", "named"), [
    ("Under the UK Bribery Act, is corporate hospitality for foreign officials a defence?", "the UK Bribery Act"),
    ("Does the Foreign Corrupt Practices Act apply to our Shenzhen office?", "the Foreign Corrupt Practices Act"),
    ("What does US law say about gifts to officials?", "the US law"),
    ("Is a red envelope an act of bribery?", None),  # an act, not an Act
    ("Under the Act, can we pay the fee?", None),  # which Act is not said
    # an indexed law called an Act is no foreign law
    ("Under the Public Officials Sanctions Act, what happens to an official who takes gifts?", None),
    # a Chinese law no indexed document is or cites (r61)
    ("Do we owe severance under the Labor Contract Law?", "the Labor Contract Law"),
    ("Is a 30% penalty clause valid under the Civil Code?", "the Civil Code"),
    # another country's act by its name (r158)
    ("How is the sanctions law different from Kenya's Leadership and Integrity Act?",
     "Kenya's Leadership and Integrity Act"),
])
def test_a_foreign_law_that_is_not_indexed_is_named(question, named):
    found = unindexed_act(question, lambda name: False)
    assert found == (f"{named} not indexed" if named else None)
    assert unindexed_act(question, lambda name: True) is None  # an indexed one is no objection


def test_a_foreign_law_named_as_background_to_a_question_about_an_indexed_one_is_no_objection():
    def indexed(text: str) -> bool:
        return "Private Economy Promotion Law" in text

    # (r46, r51)
    assert unindexed_act(
        "Coming from the UK Bribery Act world: does China's Private Economy Promotion Law say anything "
        "about bribery?", indexed
    ) is None
    assert unindexed_act(
        "For comparison with the EU Late Payment Directive: under China's 2025 Private Economy Promotion Law, "
        "may a state organ insist on the audit result?", indexed
    ) is None
    # ... but asked about itself, it is
    assert unindexed_act("Compared with the UK Bribery Act: what does the Bribery Act say about facilitation "
                         "payments?", indexed) == "the UK Bribery Act not indexed"


SME_ARTICLE_3 = (
    "第三条 本条例所称中小企业，是指在中华人民共和国境内依法设立，依据国务院批准的中小企业划分标准确定的中型企业、"
    "小型企业和微型企业；所称大型企业，是指中小企业以外的企业。"
)


def test_criteria_a_clause_leaves_to_another_rule_are_not_answered_by_it():
    objection = delegated_criteria("我们员工150人，算不算中小企业？条例里具体的划分标准是怎么定的？", [SME_ARTICLE_3])
    assert objection == "delegated criteria: " + SME_ARTICLE_3.split("；")[0] + "；"
    assert delegated_criteria("What are the exact thresholds for an SME?", [SME_ARTICLE_3]) is not None
    # ... or the user's own figures given to be classed by them (r135, r88), not a class asked
    # of no figures, which 第三条 and 第二十九条's self-test answer
    assert delegated_criteria("我们建筑公司去年营业收入3亿、员工500人，按条例算不算中小企业？", [SME_ARTICLE_3]) is not None
    assert delegated_criteria("工厂有三百名员工、年营业额约一亿元，算不算中型企业？", [SME_ARTICLE_3]) is not None
    assert delegated_criteria("怎么知道我们公司算不算中小企业？", [SME_ARTICLE_3]) is None
    # asked what an SME is, the definition answers
    assert delegated_criteria("条例里的中小企业指什么？", [SME_ARTICLE_3]) is None
    # a clause stating figures sets criteria of its own
    assert delegated_criteria("逾期利息按什么标准算？", ["未作约定的，按照每日利率万分之五支付逾期利息。"]) is None
    # the threshold asked as "多少以下才算", the delegating clause second of the nearest (r98)
    question = "对于制造业企业，营业收入或者从业人员在多少以下才算中型企业？"
    financing = "第十六条 鼓励、引导、支持商业银行等金融机构增加对中小企业的信贷投放。"
    assert delegated_criteria(question, [financing, SME_ARTICLE_3]) is not None
    # ... or typed short (r107)
    assert delegated_criteria("小微企业 营收多少算？", [SME_ARTICLE_3]) is not None


@pytest.mark.parametrize(("question", "units"), [
    # typed as a noun phrase, a question asks for the figure its noun names
    ("Deadline for rectifying a verified government breach?", {"day", "workday", "month", "year", "hour"}),
    ("Does the record expire by itself? What's the retention period?", {"day", "workday", "month", "year", "hour"}),
    ("GBA association annual membership fee?", {"yuan"}),
    ("Late payment interest rate?", {"percent"}),
    ("整改期限？", {"day", "workday", "month", "year", "hour"}),
    ("会费多少？", {"yuan"}),
    ("投诉要不要交钱啊？投诉费大概多少？", {"yuan"}),  # r52
    ("State the daily late-payment interest rate that the law itself prescribes.", {"percent"}),  # r55
    ("逾期利息利率上限多少？", {"percent"}),
    ("NDRC notice: working days allowed to verify a complaint?", {"day", "workday"}),
    ("实名检举的群众能拿到多少奖励？", {"yuan"}),
    ("因政策调整造成损失，补偿是多少？", {"yuan"}),
    # interest is stated as a rate as often as an amount
    ("大企业晚付款要付多少利息？", {"yuan", "percent"}),
    ("What is the late-payment interest rate if nothing was agreed?", {"percent"}),
    ("Can the parties agree an interest rate below the LPR?", set()),
    # a question with a verb of its own asks whether, or who
    ("Can the bureau charge a fee?", set()),
    ("Who pays the review fee?", set()),
    # a quiz's blank before a unit (r89)
    ("填空：按照条例，年营业收入超过___亿元的企业就算大型企业。", {"yuan"}),
    ("Fill in: agencies must pay within ___ days of delivery.", {"day", "workday"}),
    ("填空：大湾区廉洁合规协会是____年__月__日成立的。", {"date"}),
    # an exact value of a named measure, a fee asked by name, a period with words between (r92, r95)
    ("What exact non-performing loan tolerance does the law set?", {"yuan", "percent", "day", "workday", "month",
                                                                    "year", "hour", "person", "times"}),
    ("What's the filing fee for lodging an arrears complaint?", {"yuan"}),
    ("聘请第三方机构做有效性评价，收费标准大概多少？", {"yuan"}),  # (r97)
    ("Max inspection/acceptance period a buyer can stipulate?", {"day", "workday", "month", "year", "hour"}),
    # how many people, a fee by its name, what a fee is (r84, r91, r90)
    ("本院验收小组至少应由几人组成？", {"person"}),
    ("条例允许核心企业收多少确权服务费？", {"yuan"}),
    ("Does the report say what the annual membership fee is for a listed company?", {"yuan"}),
    # some months gone by are the story, not what is asked (r87)
    ("政府部门拖了几个月才付款，小企业可以按什么标准主张利息？", set()),
    # a per-head limit in yuan; the exact limit of a sum the question names; whether there is a set share
    # (r172, r177, r179)
    ("What is the per head limit (RMB) in the Guidelines?", {"yuan"}),
    ("Can an official accept a lunch that costs under 100 yuan per head? What is the exact limit?", {"yuan"}),
    ("“控股”有没有具体比例？", {"yuan", "percent", "day", "workday", "month", "year", "hour", "person", "times"}),
])
def test_a_terse_question_asks_for_the_figure_its_noun_names(question, units):
    assert asked_units(question) == units


SME_ARTICLE_17 = (
    "第十七条 机关、事业单位和大型企业迟延支付中小企业款项的，应当支付逾期利息。双方对逾期利息的利率有约定的，"
    "约定利率不得低于合同订立时1年期贷款市场报价利率；未作约定的，按照每日利率万分之五支付逾期利息。"
)


def test_a_maximum_asked_of_a_clause_that_sets_only_a_minimum_is_not_answered_by_it():
    found = other_bound("逾期利息利率上限多少？", [SME_ARTICLE_17])
    assert found == "upper bound not stated: 双方对逾期利息的利率有约定的，约定利率不得低于合同订立时1年期贷款市场报价利率"
    # the minimum is what the clause sets
    assert other_bound("约定的逾期利率最低是多少？", [SME_ARTICLE_17]) is None
    # a clause bounding the figure the way asked answers it
    article_9 = "合同另有约定的，从其约定，但付款期限最长不得超过60日"
    assert other_bound("付款期限最长多少天？", [article_9]) is None
    # and the other way round, asked in English: the regulation caps the term, sets no minimum
    assert other_bound("What is the minimum payment term?", [article_9]) == (
        "lower bound not stated: 合同另有约定的，从其约定，但付款期限最长不得超过60日"
    )
    # no bound asked, nothing to compare
    assert other_bound("逾期利息怎么算？", [SME_ARTICLE_17]) is None
    assert other_bound("最高人民法院对逾期利息的利率有什么规定？", [SME_ARTICLE_17]) is None
    # a minimum of another figure, sharing one word with the question, is not shown as its bound (r20)
    assert other_bound(
        "What is the maximum performance bond, as a percentage of the contract price?", [SME_ARTICLE_17]
    ) is None
    # the bound is asked of the sentence that asks for it, not of another part of the question (r105)
    question = "按月结算时付款期限从何时起算？逾期利率这样约定有没有下限方面的问题？"
    assert other_bound(question, [article_9]) is None


@pytest.mark.parametrize(("claim", "attributed"), [
    ("《政务处分法》规定收礼超过5000元才给处分", True),
    ("Under the notice, a government is exempt when its leaders change", True),
    # what a document does (r25)
    ("the NDRC notice makes the Ministry of Finance the body that verifies complaints", True),
    # ... or has a body do (r58)
    ("the NDRC's 2023 notice directs the Ministry of Finance to keep a public blacklist", True),
    ("the county stopped paying us last year", False),
])
def test_a_claim_worded_as_what_a_document_says_or_does(claim, attributed):
    assert attributes(claim) == attributed


@pytest.mark.parametrize(("text", "days"), [
    ("机关、事业单位应当于每年3月31日前公开", {365}),
    ("每季度至少召开一次", {91}),
    ("每两年开展一次评价", {730}),
    ("publish the figures every quarter", {91}),
    ("reviewed annually", {365}),
    ("every two years", {730}),
    # a period named, a rate, or a span of time: no recurrence
    ("上一年度逾期尚未支付中小企业款项", set()),
    ("按照每日利率万分之五支付逾期利息", set()),
    ("within a year of delivery", set()),
])
def test_how_often_a_text_says_something_recurs(text, days):
    assert {q.value for q in frequencies(text)} == days
    assert all(q.unit == "every" for q in frequencies(text))


SME_ARTICLE_24_25 = [
    "第二十四条 国务院负责中小企业促进工作综合管理的部门建立国家统一的拖欠中小企业款项投诉平台，加强投诉处理机制建设，"
    "与相关部门、地方人民政府信息共享、协同配合。",
    "第二十五条 受理投诉部门应当按照“属地管理、分级负责，谁主管谁负责”的原则，及时将投诉转交给被投诉人。",
]
BUSINESS_ENVIRONMENT_25 = [
    "第二十五条 设立政府性基金、涉企行政事业性收费、涉企保证金，应当有法律、行政法规依据或者经国务院批准。"
]


def test_whether_a_step_costs_a_fee_is_answered_only_by_a_clause_naming_fees():
    # (r59) The complaint clauses set up the platform and its handling, and name no fee.
    assert missing_fee("Is there a filing fee for an SME to lodge an arrears complaint?", SME_ARTICLE_24_25) == (
        "asked-for detail not stated: a fee"
    )
    assert missing_fee("在投诉平台上投诉，要不要交钱？", SME_ARTICLE_24_25, "zh") == "asked-for detail not stated: 费用"
    # ... the fee by its name (r68, r71), and money owed is no fee
    for question in ("到投诉平台投诉，要不要交投诉费？", "向投诉平台投诉，需缴纳投诉费吗？"):
        assert missing_fee(question, SME_ARTICLE_24_25, "zh") == "asked-for detail not stated: 费用"
    assert missing_fee("投诉以后区里要不要付我们钱？", SME_ARTICLE_24_25, "zh") is None
    # ... asked politely, or what the fee amounts to (r111)
    question = "Could you please advise whether any filing fee is charged for a complaint through the platform?"
    assert missing_fee(question, SME_ARTICLE_24_25) == "asked-for detail not stated: a fee"
    assert missing_fee("Roughly what does such an assessment fee usually amount to?", SME_ARTICLE_24_25) is not None
    assert missing_fee("向省里投诉公立医院拖欠货款 要交投诉费吗", SME_ARTICLE_24_25, "zh")  # (r72)
    # ... and whether filing costs anything, however long the way it is named (r98)
    assert missing_fee("Does filing a complaint about unpaid invoices on the national SME arrears complaint platform "
                       "cost anything?", SME_ARTICLE_24_25)
    # A clause about charging companies answers whether they may be charged.
    assert missing_fee("设立涉企收费要不要交费依据？收费是否需要国务院批准？", BUSINESS_ENVIRONMENT_25) is None
    # Not a question about a fee at all.
    assert missing_fee("投诉以后多久转交被投诉人？", SME_ARTICLE_24_25) is None


def test_scoring_criteria_asked_of_an_evaluation_need_a_clause_naming_them():
    # 第二十七条 has the effectiveness evaluation held regularly, and names no criteria (r63).
    article_27 = "第二十七条 中央企业应当定期开展合规管理体系有效性评价，针对重点业务合规管理情况适时开展专项评价，强化评价结果运用。"
    assert missing_detail("央企合规管理体系有效性评价具体有哪些评分标准和评价指标？", [article_27], "zh")
    assert missing_detail("What scoring criteria apply to the compliance effectiveness evaluation?", [article_27], "en")
    assert missing_detail("央企多久开展一次合规管理体系有效性评价？", [article_27], "zh") is None
