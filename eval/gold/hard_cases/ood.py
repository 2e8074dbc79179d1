"""Out-of-domain gold items (see eval/gold/build_hard_cases.py)."""

from goldtools import item_adders

ITEMS: list[dict] = []
add, unans = item_adders(ITEMS)

# --- Chinese
unans("out_of_domain", "今天广州天气怎么样？要不要带伞？", ["天气", "带伞"],
      "No document is about the weather.")
unans("out_of_domain",
      "我今年第一次自己办个税年度汇算，房贷利息和子女教育都想扣。请问专项附加扣除在个税APP里具体怎么填？",
      ["汇算", "专项附加扣除"],
      "Personal income tax filing is not covered by any of the documents.")
unans("out_of_domain", "红烧肉怎么做才不腻？", ["红烧肉"], "No document is about cooking.")
unans("out_of_domain",
      "下周要去上海出差，想买早上从广州南出发的高铁票。12306上候补购票成功率高吗？",
      ["高铁", "候补购票"],
      "Train tickets and travel booking are outside the documents.")
unans("out_of_domain",
      "最近老是失眠，晚上两三点才睡着，第二天开会头昏脑涨。吃褪黑素有副作用吗？",
      ["失眠", "褪黑素"],
      "Medical advice is outside the documents.")
unans("out_of_domain",
      "大学室友下个月结婚，我们关系挺好但我刚换工作手头有点紧。一般随多少份子钱合适？",
      ["份子钱", "室友"],
      "Wedding gifts among friends are not regulated by any of the documents.")
unans("out_of_domain", "Python里怎么把一个列表按字典的某个键排序？", ["Python", "列表"],
      "Programming help is outside the documents.")

# --- English
unans("out_of_domain", "What was the score in last night's Arsenal game?", ["Arsenal", "score"],
      "No document is about football.", lang="en")
unans("out_of_domain",
      "I'm applying for a product manager role at a startup and the posting asks for a cover letter. "
      "How long should it be, and should I mention salary expectations in it?",
      ["cover letter", "salary"],
      "Job applications and cover letters are outside the documents.", lang="en")
unans("out_of_domain", "How many words do I need for IELTS writing task 2?", ["IELTS"],
      "No document is about language exams.", lang="en")
unans("out_of_domain",
      "My company is sending me to a conference in Tokyo next spring. I hold a Chinese passport. "
      "Do I need a visa for a one-week business trip, and how long does it take to get one?",
      ["visa", "Tokyo", "passport"],
      "Travel visas are outside the documents.", lang="en")
unans("out_of_domain", "Should I buy Nvidia stock now or wait for a dip?", ["Nvidia", "stock"],
      "Stock tips are outside the documents.", lang="en")
unans("out_of_domain",
      "Someone backed into my car in the office parking lot yesterday and drove off. "
      "Will my car insurance premium go up if I file a claim for the dent?",
      ["car insurance", "premium", "parking"],
      "Car insurance is outside the documents.", lang="en")
unans("out_of_domain", "Can you recommend a good vegetarian restaurant near Tianhe for a team lunch?",
      ["vegetarian", "restaurant"],
      "Restaurant recommendations are outside the documents.", lang="en")
