"""What the chat page says, in English and Chinese, and the example questions it offers."""

from __future__ import annotations

from typing import Any

EXAMPLES = [
    "Does a change of officials excuse a government from its contracts?",
    "机关、事业单位从中小企业采购货物，应当在多少日内支付款项？",
    "第九条 of the SME payment regulation",
    "政府因为人员变动不履行合同，算违约失信吗？",
]

TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "title": "## Policy assistant\nAsk about the indexed policy documents: every answer "
        "quotes the exact clause it rests on.",
        "chat": "Chat", "verify": "Verify", "library": "Library", "settings": "Settings",
        "conversation": "Conversation",
        "ask": "Ask", "question": "Ask in Chinese or English…",
        "filter": "Only answer from these documents (none selected: all)",
        "comment": "Comment (optional, saved with the 👍 / 👎 you give an answer)",
        "sources": "Sources", "related": "Related, not an answer",
        "no_sources": "Citations appear here. Click a card or a marker such as [1] to see "
        "the clause in its document.",
        "doc_number": "No.", "page": "p.", "source": "Source", "page_image": "Page",
        "searching": "Searching the documents…",
        "claim": "Claim to check", "claim_hint": "Paste a statement, e.g. 政府因人员变动不履约不算违约失信",
        "document": "Document (optional)", "article": "Article (optional), e.g. 第九条 or II.(2)",
        "check": "Check claim",
        "supported": "Supported", "contradicted": "Contradicted", "not_found": "Not found",
        "empty_claim": "Enter a claim to check.",
        "columns": ["Title", "文号", "Issuer", "Issued", "Effective", "Language", "Pages",
                    "Chunks", "Status", "File"],
        "status": {"indexed": "indexed", "changed": "changed on disk", "missing": "file missing"},
        "upload": "PDF / text files to add", "add": "Add to library",
        "remove_choice": "Document", "remove": "Remove from index",
        "reindex": "Re-index changed files", "library_hint": "Removing a document takes it out "
        "of the index; its file stays in the corpus folder.",
        "added": "Added", "updated": "Updated", "unchanged": "Unchanged",
        "removed": "Removed from the index", "failed": "Could not add",
        "nothing_uploaded": "Choose one or more files first.",
        "not_indexed": "is not in the index.",
        "chosen_not_indexed": "No longer in the index (removed since the page listed it): {names}. "
        "Choose again from the document filter.",
        "mode": "Answer mode", "mode_info": "Only extractive answers (verbatim quotes) exist; "
        "no LLM is configured.",
        "modes": [("Extractive: quotes the documents", "extractive"), ("LLM (not configured)", "llm")],
        "sources_count": "Number of sources", "language": "Interface language",
        "feedback": "Feedback", "export": "Export feedback (JSONL)", "export_file": "Feedback file",
        "thanks": "Thanks: feedback saved ({rating}).",
    },
    "zh": {
        "title": "## 政策助手\n就已索引的政策文件提问：每个回答都引用其依据的具体条款原文。",
        "chat": "问答", "verify": "核验", "library": "文件库", "settings": "设置",
        "conversation": "对话",
        "ask": "提问", "question": "用中文或英文提问……",
        "filter": "只从这些文件中回答（不选则为全部）",
        "comment": "评论（可选，随对回答的 👍 / 👎 一起保存）",
        "sources": "来源", "related": "相关条款（不是答案）",
        "no_sources": "引用条款显示在这里。点击卡片或 [1] 这样的标记，查看条款在原文中的位置。",
        "doc_number": "文号", "page": "第", "source": "原文", "page_image": "页面",
        "searching": "正在检索文件……",
        "claim": "要核验的说法", "claim_hint": "粘贴一个说法，例如：机关应当在30日内支付中小企业款项",
        "document": "文件（可选）", "article": "条文（可选），如 第九条 或 II.(2)",
        "check": "核验",
        "supported": "有依据", "contradicted": "相矛盾", "not_found": "未找到",
        "empty_claim": "请输入要核验的说法。",
        "columns": ["标题", "文号", "发布机关", "发布日期", "施行日期", "语言", "页数", "分块数",
                    "状态", "文件"],
        "status": {"indexed": "已索引", "changed": "文件已更改", "missing": "文件缺失"},
        "upload": "要添加的 PDF / 文本文件", "add": "加入文件库",
        "remove_choice": "文件", "remove": "从索引中删除",
        "reindex": "重新索引已更改的文件", "library_hint": "删除只会把文件移出索引，文件本身仍保留在语料文件夹中。",
        "added": "已添加", "updated": "已更新", "unchanged": "未变化",
        "removed": "已从索引中删除", "failed": "未能添加",
        "nothing_uploaded": "请先选择文件。",
        "not_indexed": "不在索引中。",
        "chosen_not_indexed": "所选文件已不在索引中（页面列出后被删除）：{names}。请在文件筛选中重新选择。",
        "mode": "回答方式", "mode_info": "目前只有抽取式回答（逐字引用原文），未配置大语言模型。",
        "modes": [("抽取式：引用文件原文", "extractive"), ("大语言模型（未配置）", "llm")],
        "sources_count": "来源数量", "language": "界面语言",
        "feedback": "反馈", "export": "导出反馈（JSONL）", "export_file": "反馈文件",
        "thanks": "谢谢，反馈已保存（{rating}）。",
    },
}
