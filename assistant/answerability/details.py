"""What a question asks that this kind of document does not give.

A detail no clause about the question names (the materials to submit, anonymity), criteria
left to a rule that is not indexed, what a rule has achieved, how a particular case will turn
out.
"""

from __future__ import annotations

import re

from .figures import asking_part, fragments_about
from .quantity import quantities


# "条例里具体的划分标准是怎么定的", "what are the exact thresholds": the criteria themselves.
_ASKS_CRITERIA = re.compile(
    r"具体(?:的)?(?:划分|认定|计算)?(?:标准|数字|数额|门槛|条件)|(?:划分|认定|界定)标准|按什么标准"
    # "营业收入或者从业人员在多少以下才算中型企业？" (r98)
    r"|多少以[下上内]才(?:算|属于)"
    # ... or typed short: "小微企业 营收多少算？" (r107)
    r"|(?:营收|营业收入|收入|人数|从业人员|资产总?额?)(?:在|要|得)?多少(?:以[下上内])?才?(?:算|属于)"
    r"|\b(?:exact|specific|concrete) (?:criteria|thresholds?|figures?|numbers?|cut-?offs?|standards?)\b"
    r"|\bwhat (?:are the )?(?:criteria|thresholds?)\b",
    re.IGNORECASE,
)
# A clause that leaves the criteria to another rule: "依据国务院批准的中小企业划分标准确定".
_DELEGATES = re.compile(
    r"依据[^，。；]{0,30}(?:标准|规定|办法)确定|按照国家有关规定|由国务院[^，。；]{0,20}(?:规定|制定)|另行(?:规定|制定)"
    r"|\b(?:as|where) (?:prescribed|provided|specified|determined) by\b"
    r"|\bin accordance with (?:the )?relevant (?:national )?(?:provisions|regulations|rules)\b",
    re.IGNORECASE,
)


# The user's own figures given to be classed by the criteria: "我们建筑公司去年营业收入3亿、员工500人，
# 按条例算不算中小企业？" (r135); not "怎么知道我们公司算不算中小企业？", which 第三条 answers.
_CLASSED = re.compile(
    r"(?:算不算|属不属于|算是|能不能算|能否算作?|是否属于)(?:中小|中型|小型|微型|大型|小微)企业"
    r"|\b(?:count|qualify|be classified) as (?:an? )?(?:SME|small|medium|micro|large)",
    re.IGNORECASE,
)


def delegated_criteria(question: str, clause_texts: list[str]) -> str | None:
    """The question asks for criteria or thresholds ("算不算中小企业？具体的划分标准是怎么定的？"),
    or gives its own figures to be classed by them, and the nearest clause, stating no figure,
    leaves them to another rule, which is not indexed: the fragment that says so."""
    asking = asking_part(question)
    classed = _CLASSED.search(asking) and (re.search(r"\d", question) or quantities(question))
    if not clause_texts or not (_ASKS_CRITERIA.search(asking) or classed):
        return None
    # (either of the first two: a clause on what the criteria govern may come before the one
    # leaving them to another rule, r98)
    for text in clause_texts[:2]:
        delegation = _DELEGATES.search(text)
        if delegation and not quantities(text):
            fragment = next(f for f in re.split(r"(?<=[；;。])", text) if delegation.group(0) in f)
            return f"delegated criteria: {fragment.strip()}"
    return None


# A particular tax, or an invoice of one, asked or stated.
_PARTICULAR_TAX = re.compile(
    r"个人所得税|个税|企业所得税|增值税|印花税|消费税|红字发票|专用发票|红冲"
    r"|\b(?:income|value[- ]added|stamp|gift|inheritance|consumption) tax\b|\bVAT\b|\bGST\b|\bstamp duty\b",
    re.I,
)


# Details a question may ask for that a clause names in words of its own: "需要提交哪些材料"
# is answered only by a clause that names materials or proof, "can we complain anonymously"
# only by one that speaks of anonymity or real names. (what the question asks, what a clause
# stating it says, the detail's name in each language)
_ASKED_DETAILS = [
    (
        re.compile(r"匿名|\banonym", re.I),
        re.compile(r"匿名|实名|\banonym|\breal[- ]name", re.I),
        {"zh": "能否匿名", "en": "anonymity"},
    ),
    (
        re.compile(
            r"(?:(?:提交|提供|准备)(?:哪些|什么|啥|几样|几份)|(?:哪些|什么|啥|几样|几份))(?:证明|证据|申请)?材料"
            # (not "提供哪些服务", "提供什么样的登记服务": a service asked for, not papers)
            r"|(?:提交|提供|准备)(?:哪些|什么|啥)(?![^，,。？?]{0,14}(?:服务|支持|帮助|保障|指导|便利|政策|措施|渠道|途径|平台|保护))"
            r"|\bwhat (?:documents|materials|paperwork|evidence|proof)\b[^?]{0,40}"
            r"\b(?:submit|provide|send|prepare|bring|file|attach)"
            # (not "add paperwork burdens on us": a burden, not papers asked for)
            r"|\b(?:what|which|any) paperwork\b|\bpaperwork (?:do|does|is|are|must|should) (?:we|i|you|they)\b",
            re.I,
        ),
        re.compile(
            # (not materials as the day a term runs from: "自收到投诉材料之日起30日内", r129)
            r"材料(?!之日)|证明|证据|证照|文书|\bdocuments?\b|\bmaterials?\b|\bevidence\b|\bproof\b|\bpaperwork\b",
            re.I,
        ),
        {"zh": "需要提交哪些材料", "en": "the materials to submit"},
    ),
    # "有没有统一的公开格式或模板？", "What template / fields does that report use?" (r120, r123): a
    # form the documents never prescribe
    (
        re.compile(r"(?:统一|固定|标准)的?[\u4e00-\u9fff]{0,4}?(?:格式|模板|样式|范本)|(?:格式|模板)(?:是什么|有哪些|长啥样)"
                   # (not "What format do they use": how the Guidelines are written, which the report tells)
                   r"|\b(?:what|which|any) (?:standard |official |fixed )?templates?\b", re.I),
        re.compile(r"格式|模板|样式|范本|\btemplates?\b|\bformats?\b|\bforms?\b", re.I),
        {"zh": "格式或模板", "en": "a template"},
    ),
    # "合规管理员要持证上岗吗？", "What qualifications does the chief compliance officer need?":
    # a person's qualifications, which the documents never set (they say who holds a post,
    # not what that person must have). Not "a certificate not on the published list": that
    # is a proof (证明) asked of a business.
    (
        re.compile(
            r"任职资格|(?:职业|执业|从业)资格|持证上岗|资格(?:要求|条件)|(?:什么|哪些|啥)(?:样的)?资格"
            r"|\bqualifications?\b|\bcertified (?:compliance|public|legal)|\blicensed (?:lawyer|attorney|accountant)"
            r"|\bprofessional (?:certificate|licen[cs]e|qualification)s?\b|\bbar (?:exam|admission)",
            re.I,
        ),
        re.compile(
            r"资格|资质|持证|证书|执业|学历|工作经验|\bqualif|\bcertif|\blicen[cs]|\bexperience\b|\bdegree\b",
            re.I,
        ),
        {"zh": "任职资格要求", "en": "the qualifications required"},
    ),
    # "How long do we have to sue before the claim is time-barred?", "诉讼时效是几年": a limitation
    # period, which the documents never set (their days are payment terms and handling times;
    # r24, r25).
    (
        # (Not one for prosecution: 民营经济促进法 第六十三条 names 追诉期限.)
        re.compile(
            r"诉讼时效|起诉期限|\btime[- ]barred\b"
            r"|\b(?:limitation periods?|statutes? of limitations?)\b(?! for (?:criminal )?prosecution)",
            re.I,
        ),
        re.compile(r"时效|\blimitation\b|time[- ]barred", re.I),
        {"zh": "诉讼时效", "en": "a limitation period"},
    ),
    # "为讨债花的律师费、财产保全费能不能要求对方承担？", "诉讼费能不能减免或者缓交？": the costs
    # of going to law, which no document allocates or waives (cn, r28).
    (
        re.compile(
            r"律师费|诉讼费|保全费|仲裁费|鉴定费|公证费"
            r"|\b(?:legal|lawyer'?s?|attorney'?s?|court|litigation|arbitration|notary|notari[sz]ation) (?:fees|costs)\b",
            re.I,
        ),
        re.compile(
            r"律师费|诉讼费|保全费|仲裁费|鉴定费|公证费"
            r"|\b(?:legal|attorney|court|litigation|notary|notari[sz]ation) (?:fees|costs)\b",
            re.I,
        ),
        {"zh": "律师费、诉讼费等费用", "en": "the costs of going to law"},
    ),
    # "央企的首席合规官一年的工资是多少？", "年薪和考核奖金是怎么定的" (r151, r155, r158): pay, which
    # no document sets but as grades a sanction stops (工资档次).
    (
        re.compile(
            # (not English "salary": a Chinese clause's 工资档次 answers "Does a warning stop a
            # civil servant's salary step increase?", which an English pattern cannot tell)
            r"(?:工资|薪水|薪酬|收入)[^，。？?]{0,6}?(?:是|有)?多少|年薪|月薪|考核奖金",
            re.I,
        ),
        re.compile(r"工资|薪酬|年薪|\bsalar|\bpay\b|remuneration", re.I),
        {"zh": "薪酬", "en": "pay"},
    ),
    # "今年退休人员基本养老金上调了多少？" (r27, r163): how pensions rise, which no document says
    # (a retired official's pension is only where the sanctions law still reaches him: r83, r89).
    (
        re.compile(r"养老金[^，。？?]{0,8}?(?:涨|上调|调整|增加|多少)|\bpensions?\b[^?.]{0,20}?\b(?:rise|increase|go up)", re.I),
        re.compile(r"养老金|\bpensions?\b", re.I),
        {"zh": "养老金调整", "en": "how pensions rise"},
    ),
    # "需要交投诉费吗？", "开立保函的手续费…费率一般为多少？", "the membership fee tiers of the
    # association" (r144, r146, r148, r155): a fee or its rate, which no document sets where it
    # says nothing of charging for the thing asked about.
    (
        re.compile(
            # (not 服务费, 收费标准, 会费 or 报名费: charges the documents forbid or require published,
            # which a user forced to pay asks about: "区里非要我们参加评选，还要交报名费")
            # ("到受理投诉部门投诉，到底收不收钱？", r176)
            r"投诉费|手续费|受理费|费率|投诉[^。？?]{0,12}?收不收(?:钱|费)"
            r"|\b(?:filing|application|handling|complaint|registration) fees?\b"
            r"|\bfee (?:tiers?|schedules?|scales?)\b",
            re.I,
        ),
        re.compile(r"费|\bfees?\b|free of charge|\bcharg(?:e|es|ed|ing)\b", re.I),
        {"zh": "收费或费率", "en": "a fee or its rate"},
    ),
    # "Which metro station is closest to the Liby Center, and is there parking?" (r34, r36): how
    # to get to a place the report names, which no document says.
    (
        re.compile(
            # (not a company's name: "广州地铁那位是怎么讲…", "the Guangzhou Metro executive", r154)
            r"停车|(?<!广州)地铁|公交|开放时间|营业时间|怎么去|怎么走"
            # (not "unpaid parking tickets": a fine, r5)
            r"|\bparking\b(?!\s+(?:tickets?|fines?|violations?))|(?<!Guangzhou )\bmetro\b|\bsubway\b|\bbus (?:line|route|stop)s?\b"
            r"|\bopening hours\b"
            r"|\bhow (?:do|can) (?:we|i) get there\b",
            re.I,
        ),
        re.compile(r"停车|地铁|公交|开放时间|\bparking\b|\bmetro\b|\bsubway\b|\bopening hours\b", re.I),
        {"zh": "交通、停车或开放时间", "en": "directions, parking or opening hours"},
    ),
    # "What withholding tax rate applies to dividends…?" (r46): a tax rate, which no document sets
    # (their rates are of late-payment interest).
    (
        re.compile(r"税率|\btax rates?\b|\bwithholding tax\b", re.I),
        re.compile(r"税率|\btax rates?\b", re.I),
        {"zh": "税率", "en": "a tax rate"},
    ),
    # How a particular tax is assessed or an invoice issued ("个人所得税是单独计税还是并入综合所得",
    # "红字发票怎么开", r51, r55, r56): the documents name no tax but to speed up filing it.
    (_PARTICULAR_TAX, _PARTICULAR_TAX, {"zh": "具体税种的处理", "en": "how a particular tax is treated"}),
    # "附近有什么好吃的早茶", "any decent dim sum places around there?" (r40): where to eat or
    # stay near a place the report names.
    (
        re.compile(
            r"(?:推荐|有什么|有啥|有没有|哪家|哪里有)[^，。？?]{0,6}(?:餐厅|饭店|餐馆|酒店|宾馆|茶楼|好吃的|吃饭的地方)"
            r"|\b(?:any|good|decent|nice|recommend(?:ed|ations?)?)\b[^?.]{0,20}"
            r"\b(?:dim sum|restaurants?|places? to (?:eat|stay)|hotels?|cafes?)\b",
            re.I,
        ),
        re.compile(r"餐厅|饭店|餐馆|酒店|宾馆|茶楼|\brestaurants?\b|\bhotels?\b|\bdim sum\b|\bcafes?\b", re.I),
        {"zh": "餐饮或住宿推荐", "en": "places to eat or stay"},
    ),
    # "我们往上报要填个啥表？有没有统一格式？", "Is there a standard form or template?" (r38): a
    # form to fill in, which a clause names as such.
    (
        re.compile(
            r"填(?:个|一张|什么|啥|哪个|哪些|哪种)(?:样的)?表|(?:什么|啥|哪个|哪种)表格|统一(?:的)?(?:格式|模板|表格)"
            r"|格式(?:文本|模板)|(?:有没有|有无|是否有)(?:固定|统一|规定)?的?(?:模板|范本)"
            r"|\b(?:what|which) forms? (?:do|does|should|must|shall|to)\b|\b(?:standard|prescribed|official) "
            r"(?:form|template)s?\b|\bis there a (?:form|template)\b",
            re.I,
        ),
        re.compile(r"表格|格式|模板|范本|示范文本|\bforms?\b|\btemplates?\b", re.I),
        {"zh": "表格或格式", "en": "a form or template"},
    ),
    # "具体有哪些一级指标、每项各占多少权重" (r39): an evaluation's indicators and weights, which
    # a clause names as such.
    (
        # ("有哪些评分标准和评价指标": r63)
        re.compile(
            r"权重|(?:一|二|三)级指标|指标体系|(?:哪些|什么)[^，。？?]{0,8}指标|评分标准|评价指标|打分标准"
            r"|\bweight(?:ing)?s?\b|\bindicators?\b|\bscoring (?:criteria|rules|rubric)\b",
            re.I,
        ),
        re.compile(r"权重|指标|评分|\bweight|\bindicator|\bscor(?:e|ing)\b", re.I),
        {"zh": "指标或权重", "en": "indicators or weights"},
    ),
    (
        # "Which board committee does the CCO report to?": a clause naming a committee.
        re.compile(r"哪个(?:专门)?委员会|\bwhich (?:\w+ )?committees?\b", re.I),
        re.compile(r"委员会|\bcommittees?\b|\bcommissions?\b", re.I),
        {"zh": "哪个委员会", "en": "which committee"},
    ),
    # "投诉平台 网址", "What's the hotline number?": the address or number itself, which a clause
    # gives as such (the NDRC notice's "12345" hotline). Not "must SOEs publish a reporting
    # phone number?", which asks for a duty.
    (
        re.compile(
            r"网址|网站地址|官网地址|链接地址|邮箱地址"
            r"|\b(?:url|web ?address|website address|web link|email address)(?:es)?\b"
            r"(?! (?:to|for|must|shall|should))",
            re.I,
        ),
        re.compile(r"https?://|www\.|\.(?:gov|com|org|net)\b|\w@\w", re.I),
        {"zh": "网址", "en": "a web address"},
    ),
    (
        re.compile(
            r"电话号码|(?:电话|热线)(?:是)?(?:多少|几号)"
            r"|\b(?:(?:tele)?phone|hotline) numbers?\b(?! (?:to|for|must|shall|should))",
            re.I,
        ),
        re.compile(r"\d{5,}"),
        {"zh": "电话号码", "en": "a phone number"},
    ),
]


def missing_detail(question: str, clause_texts: list[str], language: str) -> str | None:
    """The question asks for a detail (the materials to submit, whether one may stay
    anonymous) that no clause fragment about the question mentions at all; the detail is
    named in ``language``, the answer's.

    A fragment is about the question when it shares two of its words other than those naming
    the detail: "证明事项…政府部门内部核查…" shares 证明 and 政府 with "投诉政府违约，需要提交
    哪些证明材料", but speaks of proof for administrative services, not of complaints.
    """
    # "同事被人匿名乱告了一通…。监委查完会不会出面替他澄清？": a detail of the story is not asked.
    asking = asking_part(question)
    for asked, stated, name in _ASKED_DETAILS:
        if not asked.search(asking):
            continue
        topic = stated.sub(" ", asked.sub(" ", question))
        fragments = fragments_about(topic, clause_texts, shared=2)
        if not any(stated.search(f) for f in fragments):
            return f"asked-for detail not stated: {name[language]}"
    return None

# "胜诉的可能性大吗", "what are our chances of winning": the documents state rules, not odds.
_PREDICTION = re.compile(
    r"胜诉|败诉|(?:赢|输)的?(?:可能|几率|概率|把握)|能(?:不能)?(?:打)?赢|(?:可能性|几率|概率|把握)(?:大|高|有多)"
    # "胜算有多大、钱真能要回来的成功率有几成？" (r36)
    r"|胜算|赢面|成功率|有几成(?:把握|希望)?"
    # Cantonese "有几大机会", "what are the odds" (r47, r48)
    r"|几大机会|机会(?:有)?几大|\bodds\b"
    # "你看法院最后会不会判企业赢？" (r93)
    r"|会不会(?:被)?判[^，。？?]{0,8}?(?:赢|输)|(?:会|能)判[^，。？?]{0,8}?(?:赢|输)吗"
    # (not "does it first get a chance to fix the problem?", an opportunity the rules give: r98)
    r"|\bchances? (?:of|that)\b|\bchances? to (?:win|succeed|prevail|recover|get (?:paid|it back|our money))\b"
    r"|\bwill (?:we|i|they|it|he|she|the court|the (?:supplier|company|firm|claimant|plaintiff)) (?:win|lose|succeed)\b"
    # "will we actually get our money back?" (r143); "你看我们场官司会不会输？" (r142)
    r"|\bwill (?:we|i|they|it) (?:actually |really |ever )?(?:get|recover) (?:our|my|the|their) (?:money|payment|funds)\b"
    r"|官司[^，。？?]{0,6}?(?:会不会|能不能|能否)(?:打)?(?:赢|输)"
    # "will the tribunal accept our estoppel argument … and find for our client?" (r128)
    r"|\bwill (?:the )?(?:court|tribunal|judge|arbitrators?|panel|bench)\b[^?]{0,80}?\b(?:find|rule|decide) (?:for|in favou?r of|against)\b"
    # how a review of one's own case will end: "照他这个情况，复审能改成更轻的处分吗？" (r138)
    r"|(?:照|按)(?:他|她|我|我们|你)?(?:这个|这种)情况[，,]?[^。？?]{0,12}?(?:能|会)(?:不能|不会)?(?:改成|改判|减轻|撤销|维持|赢)"
    # "what are the chances it gets confirmed as government dishonesty?" (r60)
    r"|\bwhat are (?:the|our|my|their) (?:real(?:istic)? )?chances\b"
    r"|\bhow likely\b|\blikel(?:y|ihood) (?:of|to) (?:win|succeed|lose)"
    # What the lawmakers will do next: "will the 30-day payment deadline be shortened in the next
    # revision?", "will the State Council amend the regulation again by 2027? Give me a
    # probability" (r146, r147, r148, r155); "配套实施细则大概啥时候发？" (r144, r154)
    r"|\bnext (?:revision|amendment|round of amendments)\b"
    r"|\b(?:will|would|is [\w ]{2,40}? (?:likely|going) to)\b[^?.]{0,60}?\b(?:amend|revise|repeal|replace)\b[^?.]{0,60}?"
    r"\b(?:again|by 20\d\d|in 20\d\d|soon)\b"
    r"|\b(?:give|assign) (?:me |us )?(?:a |the )?probability\b|\bwanna bet\b"
    r"|\bwill [^?.]{0,60}?\bhave (?:cleared|paid off|settled|eliminated)\b[^?.]{0,40}?\bby 20\d\d\b"
    r"|(?:实施细则|配套细则|配套文件|配套办法)[^。？?]{0,12}?(?:什么时候|啥时候|何时|哪年|年底前)[^，。？?]{0,6}?(?:出|发|出台|发布|印发)"
    # ("会不会在2026年出台配套的实施条例？", "会唔会出实施细则啊", r166, r167)
    r"|会不会[^，。？?]{0,10}?(?:出台|出|发布|印发|制定)(?:个|一个)?(?:配套的?)?(?:实施(?:细则|条例|办法)|修正案)"
    # ("Do you expect the State Council to shorten the 60-day limit again in 2026?", "Any sign that the
    # NDRC plans to turn the notice into a law in the next few years?": r175, r177)
    r"|\b(?:do|does) (?:you|anyone) expect\b[^?.]{0,60}?\bto (?:shorten|lengthen|extend|cut|change|raise|lower|revise|amend|repeal|replace)\b"
    r"|\bany signs? that\b[^?.]{0,60}?\b(?:plans?|intends?|will)\b"
    r"|(?:下次|下一次|下一轮|再次)修(?:订|改)|会不会(?:再)?修(?:订|改)|(?:以后|将来|今后|未来)(?:还)?会(?:不会)?(?:再)?修(?:订|改)"
    r"|\bexpected to (?:revise|amend|repeal|replace|update|issue|publish|release)\b"
    r"|\bwill\b[^?.]{0,60}?\b(?:shorten|lengthen|extend|cut|change|raise|lower|tighten|relax)\b[^?.]{0,60}?"
    r"\b(?:again|by 20\d\d|in 20\d\d)\b",
    re.IGNORECASE,
)


# "Has the notice actually reduced defaults? Are there any figures?", "实际效果怎么样，有没有数据？":
# the documents state rules, not what came of them.
_OUTCOME = re.compile(
    r"\b(?:notice|law|regulations?|measures|guidelines|rules?|polic(?:y|ies))\b[^?.]{0,30}"
    r"\b(?:actually|really) (?:reduced|lowered|increased|improved|worked|helped|made a difference)\b"
    r"|\b(?:any|the latest|recent|official) (?:figures?|statistics|stats)\b"
    # "what share of arrears complaints … end with the agency actually paying in full? Any success
    # rate?" (r95)
    r"|\b(?:success|win|resolution|settlement|completion) rates?\b"
    # "截至目前，全国有多少家中央企业已经设立了首席合规官？" (r97); "这两年…追回了多少欠款？有没有个
    # 总数" (r99). (Not "到现在举办了多少期", which the report counts.)
    r"|多少[家个名位][^，。？?]{0,16}?已经(?:设立|建立|成立|完成|落实|配备|任命)"
    # ("2024年全国一共清理了多少拖欠中小企业的账款？", r161)
    r"|(?:追回|清理|清偿|化解|清欠)(?:了)?多少|(?:有没有|有无)个?总数"
    # which places or firms made it into a list: "which cities made it into NDRC's first batch of
    # exposed … typical cases?" (r160)
    r"|\bwhich (?:cities|companies|companies'|firms|provinces|governments|counties)\b[^?.]{0,40}?"
    r"\b(?:made it into|were (?:named|listed|included|exposed|selected))\b"
    # "实际处理完、欠款追回来的比例大概多少？", "全国一年有多少件？最后真能把钱要回来的比例有多高？" (r117, r118)
    r"|(?:追回|要回|收回|拿回)来?的比例|(?:全国|全省|全市|每年|一年)(?:一共|总共)?(?:有|能有)?多少[件起个宗]"
    r"|\bwhat (?:share|proportion|percentage) of (?:the )?(?:[\w-]+ ){0,2}?(?:complaints|cases|applications|disputes)\b"
    # "what share of China's GDP, tax revenue and urban jobs does the private sector account for" (r56)
    r"|\bwhat (?:share|proportion|percentage|part) of (?:China'?s |the )?(?:GDP|economy|tax|jobs|employment|exports)"
    r"|(?:GDP|税收|就业|出口)[^，。？?]{0,10}(?:占比|比重|贡献)"
    r"|实际效果|效果(?:怎么样|如何|好不好)|有没有(?:相关)?(?:统计|数据(?![^，。？?]{0,4}(?:共享|安全|保护|泄露)))"
    r"|(?:统计数据|数据)(?:显示|表明)"
    # How many cases, officials or governments a rule has been applied to so far ("how many local
    # governments have actually been put on the dishonesty record", "到现在全国一共认定了多少起":
    # r62, r33), not how many a text lists ("两批一共覆盖多少个场景").
    # ... or have done what it asks ("How many central SOEs have actually appointed a chief
    # compliance officer since…?": r83)
    r"|\bhow many\b[^?.]{0,60}\b(?:have|has) (?:actually|so far|already|now) [a-z]+ed\b"
    r"|\bhow many\b[^?.]{0,60}\b(?:have|has) (?:actually |so far |already |now )?been (?:put|placed|listed|recorded"
    r"|named|punished|sanctioned|disciplined|trained|confirmed|identified|exposed|fined|found)\b"
    r"|(?:一共|总共|累计|至今|到现在|迄今)[^，。？?]{0,10}(?:认定|查处|处分|处理|曝光|立案|受理|培训|通报|罚款|给予"
    # "去年…投诉平台一共收到多少件投诉？办结率是多少？" (r87)
    r"|收到|接到|办结|查办|移送)了?[^，。？?]{0,6}(?:多少|几)"
    r"|(?:办结|结案|处理|完成|整改|履约|修复|兑现)率(?:是|为|有)?(?:多少|几成|怎么样|如何)"
    # how places rank ("各省是怎么排名的？我们省去年排第几？": r87)
    r"|排(?:名)?第几|排名(?:情况)?(?:怎么样|如何|是怎样)|(?:是)?怎么排名的"
    r"|\bhow (?:do|did|does) [^?.]{0,40}\brank\b|\bwhat (?:rank|ranking|position) (?:did|does|is)\b"
    # ("Which cities came out on top in the latest evaluation, and is Guangzhou in the top 5?", r165)
    r"|\bcame out (?:on )?top\b|\bin the top (?:\d+|three|five|ten)\b"
    # "How many officials in Guangzhou were disciplined for breaching the Guidelines last year?" (r87)
    r"|\bhow many\b[^?.]{0,80}\b(?:were|was|got|have been|has been) (?:(?:publicly )?named|exposed|disciplined|punished|sanctioned|fined"
    r"|prosecuted|investigated|dismissed|expelled|demoted|blacklisted)\b"
    # "这几年全国卫健系统有多少干部因为收医药企业的礼被政务处分了" (r72): how many it befell
    r"|多少[个名位家起件]?[^，。？?\s]{0,16}?被[^，。？?\s]{0,20}?(?:处分|查处|处理|认定|列入|通报|罚款|曝光|立案)了"
    # ... in a year, or every year: "全国每年多少公职人员被政务处分？" (r170)
    r"|(?:每年|一年|年均)[^，。？?]{0,6}?多少[个名位家起件]?[^，。？?\s]{0,16}?被[^，。？?\s]{0,20}?(?:处分|查处|处理|通报|罚款|曝光|立案)"
    # ... since a law took effect or in a year gone by: "施行以来，全国一共有多少人次公职人员受到政务
    # 处分？" (r82), "广州市2024年有多少公职人员因为违规吃请被给予政务处分？" (r79), "去年全国有多少
    # 公职人员因为收受企业礼品…受到了政务处分？" (r93)
    r"|(?:一共|总共|累计|至今|迄今|以来|去年|前年|今年|\d{4}\s*年|这几年|近几年|近年来)[^，。？?]{0,12}?多少"
    r"(?:人次|人|名|位|起|件|家|个)?[^，。？?]{0,24}?(?:受到|被)"
    r"[^，。？?]{0,20}?(?:处分|查处|处理|认定|处罚|列入|通报|罚款|曝光|立案)"
    # ... or how many it befell, told actively: "2024年全市因为违规吃请、收礼查处了多少名干部？" (r138),
    # and cases counted as Hong Kong does: "2023年全国…投诉共有多少宗？" (r136)
    r"|(?:查处|处分|处理|认定|通报|曝光|立案)了(?:多少|几)[个名位起件宗人]"
    r"|(?:一共|总共|共有|共)(?:多少|几)宗",
    re.IGNORECASE,
)


def asks_outcome(question: str) -> str | None:
    """The question asks what a rule has achieved, or for statistics: no clause reports that."""
    return "outcome" if _OUTCOME.search(question) else None


def asks_prediction(question: str) -> str | None:
    """The question asks how a particular case will turn out, which no clause can say."""
    return "prediction" if _PREDICTION.search(question) else None
