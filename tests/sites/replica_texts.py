# ruff: noqa: E501  (page templates and Chinese prose: one line of HTML/text per line)
"""Text of the replica sites: listings, article metadata and paragraphs (written for the tests).

The articles are realistic coverage of press conferences held in January 2025, around the
seed story's 国新办 conference of 2025-01-10. Officials appear by their role; the only named
officials are the two in the seed story, quoted only with what the seed itself reports.
Tests in ``tests/sites`` read the expected titles, times and first / last sentences from
here (``EXPECT``) so the replica text and the assertions cannot drift apart.
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------
# scio
# --------------------------------------------------------------------------------------------

_SCIO_SAMR = {
    "dir": "/xwfb/gwyxwbgsxwfbh/202501/",
    "file": "t20250110_883610",
    "column": "国务院新闻办公室新闻发布会",
    "crumbs": '<a href="/xwfb/gwyxwbgsxwfbh/">国务院新闻办公室新闻发布会</a>',
    "title": "国新办举行“中国经济高质量发展成效”系列新闻发布会（营造公平公正市场环境，助力经济高质量发展）图文实录",
    "date": "2025-01-10",
    "time": "10:00",
    "source": "国务院新闻办公室网站",
    "editor": "王宇",
    "parts": [
        [
            "主持人：女士们、先生们，大家上午好。欢迎出席国务院新闻办新闻发布会。",
            "今天是“中国经济高质量发展成效”系列新闻发布会的一场，我们邀请到市场监管总局有关负责同志，介绍“营造公平公正市场环境，助力经济高质量发展”有关情况，并回答大家关心的问题。",
            "市场监管总局负责同志：2024年，市场监管部门坚持监管规范和促进发展并重，持续优化营商环境，着力维护公平竞争市场秩序，守牢安全底线，各项工作取得积极成效。",
            "一是经营主体活力持续增强。全年新设经营主体保持平稳增长，企业开办、变更、注销等环节进一步便利。",
            "二是公平竞争环境不断优化。全面落实公平竞争审查制度，清理妨碍统一市场和公平竞争的政策措施，依法查处垄断和不正当竞争案件。",
        ],
        [
            "主持人：下面请记者朋友提问，提问前请通报一下所在的新闻机构。",
            "每日经济新闻记者：近年来质量认证成为高频热词，市场监管总局在推动更好发挥质量认证作用方面取得了哪些进展？今后的工作重点是什么？",
            "束为：谢谢您的提问。质量认证是国际通行的市场经济“信用证”，是质量管理的“体检证”，也是国家贸易的“通行证”。2024年，我们将电动自行车锂电池、充电器等12种安全风险较高的产品纳入CCC认证管理，实施CCC认证产品联网核查2.4亿次，拦截无证商品信息1315万次。",
            "束为：下一步，我们将实施质量认证提振消费计划，守牢强制性产品认证安全底线，大力推行高端品质认证，加快推进认证认可高水平开放。",
        ],
        [
            "中央广播电视总台记者：春节临近，消费者很关心节日市场的产品质量安全，请问市场监管部门有哪些措施？",
            "况旭：谢谢您的提问。对于质量安全问题，市场监管部门构建事前、事中、事后三重护盾，筑牢产品质量安全防线。",
            "况旭：2024年一共抽查羽绒服装、玩具等147种产品，发现并处置不合格产品3612批次，查处儿童用品、消防产品、电动自行车相关违法案件共计23000余件。",
            "况旭：春节将至，市场监管总局已在全国范围部署开展重要民生商品服务稳价保质工作，守牢质量安全底线。",
            "主持人：谢谢各位发布人，谢谢各位记者朋友。今天的发布会到此结束，谢谢各位。",
        ],
    ],
}

_SCIO_CUSTOMS = {
    "dir": "/xwfb/gwyxwbgsxwfbh/202501/",
    "file": "t20250113_884012",
    "column": "国务院新闻办公室新闻发布会",
    "crumbs": '<a href="/xwfb/gwyxwbgsxwfbh/">国务院新闻办公室新闻发布会</a>',
    "title": "国新办举行2024年全年进出口情况新闻发布会",
    "date": "2025-01-13",
    "time": "10:00",
    "source": "国务院新闻办公室网站",
    "editor": "刘佳",
    "parts": [
        [
            "国务院新闻办公室于2025年1月13日上午10时举行新闻发布会，请海关总署有关负责人介绍2024年全年进出口情况，并答记者问。",
            "海关总署新闻发言人介绍，2024年我国货物贸易进出口总值43.85万亿元，同比增长5%，规模再创历史新高。",
            "其中出口25.45万亿元，增长7.1%；进口18.39万亿元，增长2.3%。",
            "发言人表示，外贸发展面临的外部环境依然复杂严峻，海关将持续优化口岸营商环境，助力外贸稳规模、优结构。",
        ]
    ],
}

_SCIO_STATS = {
    "dir": "/xwfb/gwyxwbgsxwfbh/202501/",
    "file": "t20250117_884530",
    "column": "国务院新闻办公室新闻发布会",
    "crumbs": '<a href="/xwfb/gwyxwbgsxwfbh/">国务院新闻办公室新闻发布会</a>',
    "title": "国新办举行2024年国民经济运行情况新闻发布会",
    "date": "2025-01-17",
    "time": "10:00",
    "source": "国务院新闻办公室网站",
    "editor": "张伟",
    "parts": [
        [
            "国务院新闻办公室于2025年1月17日上午10时举行新闻发布会，请国家统计局负责人介绍2024年国民经济运行情况，并答记者问。",
            "国家统计局负责人介绍，初步核算，2024年国内生产总值1349084亿元，按不变价格计算，比上年增长5.0%。",
            "分季度看，一季度国内生产总值同比增长5.3%，二季度增长4.7%，三季度增长4.6%，四季度增长5.4%。",
            "负责人表示，总的来看，2024年国民经济运行总体平稳、稳中有进，高质量发展扎实推进，经济社会发展主要目标任务顺利完成。",
        ]
    ],
}

_SCIO_PBOC = {
    "dir": "/xwfb/bwxwfb/gbwfbh/rmyx/202501/",
    "file": "t20250114_884101",
    "column": "中国人民银行",
    "crumbs": '<a href="/xwfb/bwxwfb/">部委新闻发布</a> &gt; <a href="/xwfb/bwxwfb/gbwfbh/rmyx/">中国人民银行</a>',
    "title": "中国人民银行举行2024年金融统计数据新闻发布会",
    "date": "2025-01-14",
    "time": "15:00",
    "source": "中国人民银行网站",
    "editor": "李娜",
    "parts": [
        [
            "中国人民银行于2025年1月14日下午3时举行新闻发布会，介绍2024年金融统计数据有关情况，并回答记者提问。",
            "人民银行调查统计司负责人介绍，2024年末广义货币（M2）余额313.53万亿元，同比增长7.3%。",
            "2024年末社会融资规模存量为408.34万亿元，同比增长8%；全年人民币贷款增加18.09万亿元。",
            "负责人表示，金融总量保持合理增长，为经济回升向好营造了良好的货币金融环境。",
        ]
    ],
}

_SCIO_NHSA = {
    "dir": "/xwfb/gwyxwbgsxwfbh/202412/",
    "file": "t20241224_879930",
    "column": "国务院新闻办公室新闻发布会",
    "crumbs": '<a href="/xwfb/gwyxwbgsxwfbh/">国务院新闻办公室新闻发布会</a>',
    "title": "国新办举行“推动高质量发展”系列主题新闻发布会（国家医保局）",
    "date": "2024-12-24",
    "time": "10:00",
    "source": "国务院新闻办公室网站",
    "editor": "赵磊",
    "parts": [
        [
            "国务院新闻办公室于2024年12月24日上午10时举行“推动高质量发展”系列主题新闻发布会，请国家医保局负责同志介绍有关情况，并答记者问。",
            "国家医保局负责同志介绍，医保药品目录调整持续推进，更多新药好药纳入医保支付范围。",
            "负责同志表示，将继续深化医保支付方式改革，提升医保基金使用效能。",
        ]
    ],
}

_SCIO_OLD = {
    "dir": "/xwfb/gwyxwbgsxwfbh/202411/",
    "file": "t20241126_876511",
    "column": "国务院新闻办公室新闻发布会",
    "crumbs": '<a href="/xwfb/gwyxwbgsxwfbh/">国务院新闻办公室新闻发布会</a>',
    "title": "国新办举行新闻发布会介绍《中国的航天》白皮书有关情况",
    "date": "2024-11-26",
    "time": "10:00",
    "source": "国务院新闻办公室网站",
    "editor": "孙悦",
    "parts": [
        [
            "国务院新闻办公室于2024年11月26日上午10时举行新闻发布会，介绍白皮书有关情况，并答记者问。",
            "发布人介绍了白皮书的主要内容和起草过程。",
        ]
    ],
}


def _scio_entry(article: dict, section_dir: str) -> dict:
    rel = "./" + article["dir"][len(section_dir):] + article["file"] + ".html"
    return {"rel": rel, "title": article["title"], "date": article["date"]}


_SCIO_MAIN = "/xwfb/gwyxwbgsxwfbh/"
_SCIO_RMYX = "/xwfb/bwxwfb/gbwfbh/rmyx/"

SCIO = {
    "sections": [
        {
            "path": _SCIO_MAIN,
            "name": "国务院新闻办公室新闻发布会",
            "crumbs": "国务院新闻办公室新闻发布会",
            "pages": [
                [_scio_entry(a, _SCIO_MAIN) for a in (_SCIO_STATS, _SCIO_CUSTOMS, _SCIO_SAMR)],
                [_scio_entry(_SCIO_NHSA, _SCIO_MAIN)],
                [_scio_entry(_SCIO_OLD, _SCIO_MAIN)],
            ],
        },
        {
            "path": _SCIO_RMYX,
            "name": "中国人民银行",
            "crumbs": '<a href="/xwfb/bwxwfb/">部委新闻发布</a> &gt; 中国人民银行',
            "pages": [[_scio_entry(_SCIO_PBOC, _SCIO_RMYX)]],
        },
    ],
    "articles": [_SCIO_SAMR, _SCIO_CUSTOMS, _SCIO_STATS, _SCIO_PBOC, _SCIO_NHSA, _SCIO_OLD],
}

# --------------------------------------------------------------------------------------------
# samr
# --------------------------------------------------------------------------------------------

_SAMR_ARTICLES = [
    {
        "path": "/xw/xwfbt/art/2025/art_3c1f0b9e6a5d4e7f8a2b1c0d9e8f7a61.html",
        "title": "市场监管总局召开2025年1月例行新闻发布会",
        "date": "2025-01-23",
        "time": "10:30",
        "source": "新闻宣传司",
        "body": [
            "1月23日，市场监管总局召开2025年1月例行新闻发布会，通报春节期间市场监管工作安排，并回答记者提问。",
            "市场监管总局新闻发言人介绍，春节前后是群众消费的高峰期，各地市场监管部门将重点加强米面油、肉蛋奶等节日消费品的价格和质量监管。",
            "针对电动自行车安全隐患，市场监管总局将继续开展电动自行车及其电池、充电器产品质量安全专项整治。",
            "发布会上，有关司局负责人还就网络交易监管、广告监管等问题回答了记者提问。",
            "市场监管总局新闻发言人表示，欢迎社会各界继续关注和监督市场监管工作。",
        ],
    },
    {
        "path": "/xw/xwfbt/art/2025/art_9b7e5d3c1a0f4b2e8d6c4a2f0e9d8c71.html",
        "title": "市场监管总局：2024年实施CCC认证产品联网核查2.4亿次",
        "date": "2025-01-10",
        "time": "15:20",
        "source": "认证监督管理司",
        "body": [
            "1月10日，在国务院新闻办公室举行的新闻发布会上，市场监管总局介绍了2024年质量认证工作成效。",
            "2024年，市场监管总局将电动自行车锂电池、充电器、阻燃电线电缆等12种安全风险较高的产品纳入CCC认证管理。",
            "全年实施CCC认证产品联网核查2.4亿次，同比增长135%，拦截无证商品信息1315万次。",
            "下一步，市场监管总局将实施质量认证提振消费计划，以质量认证“软联通”提升中国经济“软实力”。",
        ],
    },
    {
        "path": "/xw/xwfbt/art/2025/art_0be3bc00dedb4243ae8274425e821085.html",
        "title": "市场监管总局召开食品安全专题新闻发布会",
        "date": "2025-01-08",
        "time": "10:00",
        "source": "新闻宣传司",
        "body": [
            "1月8日，市场监管总局召开食品安全专题新闻发布会，通报2024年食品安全监督抽检情况，并发布典型案例。",
            "市场监管总局食品安全抽检监测司负责人介绍，2024年全国市场监管部门共完成食品安全监督抽检约700万批次。",
            "负责人表示，将持续加大抽检力度，对发现的问题食品依法处置，切实保障人民群众“舌尖上的安全”。",
        ],
    },
    {
        "path": "/xw/xwfbt/art/2024/art_5a4c3e2d1b0a4f9e8d7c6b5a4f3e2d19.html",
        "title": "市场监管总局召开2024年12月例行新闻发布会",
        "date": "2024-12-26",
        "time": "10:30",
        "source": "新闻宣传司",
        "body": [
            "12月26日，市场监管总局召开2024年12月例行新闻发布会，介绍全年市场监管重点工作进展。",
            "市场监管总局新闻发言人介绍了公平竞争审查、特种设备安全等方面的工作情况。",
            "发言人表示，将以更大力度优化营商环境，服务经济高质量发展。",
        ],
    },
]


def _samr_rel(path: str) -> str:
    return "." + path[len("/xw/xwfbt"):]


SAMR = {
    "pages": [
        [
            {"rel": _samr_rel(a["path"]), "title": a["title"], "date": a["date"]}
            for a in _SAMR_ARTICLES[:3]
        ],
        [
            {"rel": _samr_rel(a["path"]), "title": a["title"], "date": a["date"]}
            for a in _SAMR_ARTICLES[3:]
        ],
    ],
    "articles": _SAMR_ARTICLES,
}

# --------------------------------------------------------------------------------------------
# govcn
# --------------------------------------------------------------------------------------------

_GOVCN_ARTICLES = [
    {
        "path": "/zhengce/202501/content_6999120.htm",
        "id": "6999120",
        "lanmu": "国务院政策例行吹风会",
        "keywords": "中长期资金;入市;吹风会",
        "title": "国务院新闻办举行新闻发布会 介绍推动中长期资金入市工作有关情况",
        "date": "2025-01-23",
        "time": "11:30",
        "source": "中国政府网",
        "editor": "陈宇",
        "body": [
            "国务院新闻办公室1月23日举行新闻发布会，中国证监会、财政部、人力资源社会保障部、中国人民银行、金融监管总局有关负责人介绍推动中长期资金入市工作有关情况。",
            "中国证监会负责人介绍，实施方案着力打通影响商业保险资金、全国社保基金、基本养老保险基金、企（职）业年金基金、公募基金等各类中长期资金入市的卡点堵点。",
            "财政部有关负责人表示，将研究完善国有商业保险公司长周期考核机制。",
            "与会负责人表示，各部门将加强协同配合，推动各项举措尽快落地见效，更好发挥资本市场功能。",
        ],
    },
    {
        "path": "/zhengce/202501/content_6997780.htm",
        "id": "6997780",
        "lanmu": "国务院政策例行吹风会",
        "keywords": "价格治理;吹风会",
        "title": "国务院政策例行吹风会：介绍《关于完善价格治理机制的意见》有关情况",
        "date": "2025-01-09",
        "time": "16:10",
        "source": "中国政府网",
        "editor": "刘洋",
        "body": [
            "国务院新闻办公室1月9日举行国务院政策例行吹风会，国家发展改革委有关负责人介绍《关于完善价格治理机制的意见》有关情况，并答记者问。",
            "国家发展改革委有关负责人介绍，意见提出健全促进资源高效配置的市场价格形成机制，完善推动高质量发展的价格政策体系。",
            "负责人表示，将强化价格监管执法，维护良好价格秩序，保障群众基本生活。",
        ],
    },
    {
        "path": "/zhengce/202412/content_6993310.htm",
        "id": "6993310",
        "lanmu": "国务院政策例行吹风会",
        "keywords": "吹风会",
        "title": "国务院政策例行吹风会：介绍进一步推动农业农村改革有关情况",
        "date": "2024-12-20",
        "time": "16:00",
        "source": "中国政府网",
        "editor": "王芳",
        "body": [
            "国务院新闻办公室12月20日举行国务院政策例行吹风会，农业农村部有关负责人介绍有关情况，并答记者问。",
            "负责人表示，将巩固和完善农村基本经营制度，稳步推进农业农村改革。",
        ],
    },
    {
        "path": "/xinwen/202501/content_6998200.htm",
        "id": "6998200",
        "lanmu": "部门新闻",
        "keywords": "海关总署;进出口;新闻发布会",
        "title": "海关总署：2024年我国货物贸易进出口总值43.85万亿元",
        "date": "2025-01-13",
        "time": "12:05",
        "source": "新华社",
        "editor": "周涛",
        "body": [
            "海关总署13日在国务院新闻办公室举行的新闻发布会上介绍，2024年我国货物贸易进出口总值43.85万亿元，同比增长5%。",
            "其中，出口25.45万亿元，增长7.1%；进口18.39万亿元，增长2.3%。",
            "海关总署有关负责人表示，我国外贸规模再创历史新高，质量稳步提升。",
        ],
    },
]

def _govcn_entry(a: dict) -> dict:
    return {"rel": "https://www.gov.cn" + a["path"], "title": a["title"], "date": a["date"]}


GOVCN = {
    "sections": [
        {   # the column's front page (latest items and a "更多" link to the full list)
            "host": "www.gov.cn",
            "path": "/xinwen/fabu/zccfh/index.htm",
            "name": "国务院政策例行吹风会",
            "more": "https://sousuo.gov.cn/column/31510/0.htm",
            "pages": [[_govcn_entry(a) for a in _GOVCN_ARTICLES[:2]]],
        },
        {   # the full list, paged: 0.htm, 1.htm, …
            "host": "sousuo.gov.cn",
            "path": "/column/31510/{page}.htm",
            "name": "国务院政策例行吹风会",
            "paged": True,
            "pages": [
                [_govcn_entry(a) for a in _GOVCN_ARTICLES[:2]],
                [_govcn_entry(a) for a in _GOVCN_ARTICLES[2:3]],
            ],
        },
        {
            "host": "www.gov.cn",
            "path": "/xinwen/fabu/bumen.htm",
            "name": "部门新闻发布",
            "pages": [[
                {"rel": "../.." + a["path"], "title": a["title"], "date": a["date"]}
                for a in _GOVCN_ARTICLES[3:]
            ]],
        },
    ],
    "articles": _GOVCN_ARTICLES,
}

# --------------------------------------------------------------------------------------------
# nbd — includes a clean copy of the seed story
# --------------------------------------------------------------------------------------------

SEED_LEAD = (
    "市场监管总局副局长束为在回答《每日经济新闻》记者提问时表示，质量认证是国际通行的市场经济“信用证”，"
    "是质量管理的“体检证”，也是国家贸易的“通行证”，是支撑高质量发展的质量基础设施。2024年，市场监管总局坚持"
    "“保底线”“拉高线”协同发力，积极发挥质量认证作用，助力经济社会高质量发展。"
)

SEED_BODY = [
    "1月10日，国新办举行“中国经济高质量发展成效”系列新闻发布会，介绍“营造公平公正市场环境，助力经济高质量发展”有关情况。",
    "近年来，质量认证在促进高质量发展方面的作用更加凸显，并且成为了高频热词。对此，《每日经济新闻》记者在发布会现场提问：市场监管总局在推动更好发挥质量认证方面取得了哪些进展？今后的工作重点是什么？",
    SEED_LEAD,
    "关于质量认证工作成效，束为向《每日经济新闻》记者介绍，一是聚焦消费者关注的痛点，强化产品质量安全保障。落实国务院关于加强工业产品质量安全监管的部署，将电动自行车锂电池、充电器、商用燃气燃烧器具、可燃气体探测器、阻燃电线电缆等12种安全风险较高的产品纳入了CCC认证（中国强制性产品认证）管理，实施CCC认证产品联网核查2.4亿次，同比增长135%，拦截无证商品信息1315万次，有力守护了安全底线。",
    "二是聚焦企业强身健体，帮助经营主体降本增效。组织468家认证机构对5.4万余家小微企业实施精准帮扶，为小微企业提供“认证贷”等金融信贷支持608.5亿元，帮助小微企业年度营收平均提升9.7%，利润率平均提升8%，质量成本平均下降5.8%。",
    "三是聚焦产业建圈强链，促进产业链供应链质量提升。建立实施农作物种子、机器人、汽车芯片、智能网联汽车等质量认证制度，不断拓展网络安全、北斗产品、绿色产品等认证实施范围，促进稳链强链。绿色产品认证目录增至113种产品，8500家企业获得绿色产品认证证书3.5万张；加快构建“双碳”认证体系，对锂电池、光伏等10类产品启动产品碳足迹标识认证试点工作，促进绿色低碳发展。",
    "四是聚焦区域发展战略，助力地方打造优势产业。支持粤港澳三地开展“湾区认证”，首批实施75个项目，发放认证证书90余张，促进大湾区一体化发展；对海南自贸港开展出口产品认证业务的境外机构取消审批要求，为出口企业提供更加便捷的国际认证通道；指导浙江舟山开展绿色修船认证，加快建设世界航运中心。",
    "五是聚焦中国产业走出去，深化国际合作互认。联合九部门发布《加快推进认证认可高水平开放行动方案（2024-2030年）》，完善国际合作互认格局，为企业出海提供国际化认证服务。截至2024年底，我国累计加入21个认证认可国际组织，对外签署15份多边互认协议和150份双边合作文件，惠及数千亿美元出口贸易。",
    "针对今后工作重点，束为表示，将以提振市场信心为核心目标，实施质量认证提振消费计划，守牢强制性产品认证安全底线，大力推行高端品质认证，深入开展质量认证服务强企强链强县等行动，加快推进认证认可高水平开放，达成更多国际互认成果，以质量认证“软联通”提升中国经济“软实力”。",
    "春节临近，正是居民消费旺季，对于消费者普遍关心的产品质量安全问题，市场监管总局执法稽查局局长况旭表示，质量监管始终是市场监管一个非常重要的方面，对于质量安全问题，市场监管部门构建事前、事中、事后三重护盾，筑牢产品质量安全防线。",
    "事前，对涉及人民群众生命财产安全和公共安全的一些高风险产品，实施工业产品生产许可证管理，比如去年将燃气“减压阀”等6种产品新纳入生产许可范围。",
    "事中，督促生产销售企业落实主体责任，建立完善质量管理制度。2024年，有96.67万家生产销售单位建立了“日管控、周排查、月调度”机制，配备质量安全总监和安全员127万人，同时，还建立重点工业产品质量安全追溯机制，率先对电线电缆、燃气用具、电动自行车等3类产品实施了质量追溯。",
    "事后，充分发挥监督抽查和执法“利剑”作用。2024年一共抽查羽绒服装、玩具等147种产品，发现并处置不合格产品3612批次。查处儿童用品、消防产品、电动自行车相关违法案件共计23000余件，学生书包、手提式干粉灭火器、电动自行车充电器等产品的不合格率同比分别下降了14.1、14.6和11.6个百分点。",
    "此外，注重加强产品质量安全科学知识的宣传普及，持续组织开展消费品质量安全“进社区、进校园、进乡镇”消费者教育活动，发布电热毯、室内取暖器等重点产品的消费提示，为消费者权益保驾护航。",
    "况旭表示，春节将至，大家都非常关心节日市场的产品质量安全。为了保障人民群众的消费需求，市场监管总局已经在全国范围部署开展了重要民生商品服务稳价保质工作，聚焦生活必需品、住宿、交通等商品和服务的价格变动情况，加强价格监管执法；聚焦米面油、肉蛋奶等大宗消费食品和商场超市等重点场所，强化食品安全监管；聚焦服装玩具、烟花爆竹、燃气用具等节日旺销品以及涉及安全的重点商品，守牢质量安全底线。",
]

NBD_FOOTER = [
    "封面图片来源：每经记者 李宣璋 摄",
    "如需转载请与《每日经济新闻》报社联系。",
    "未经《每日经济新闻》报社授权，严禁转载或镜像，违者必究。",
    "读者热线：4008890008",
    "特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。如您不希望作品出现在本站，可联系我们要求撤下您的作品。",
    "欢迎关注每日经济新闻APP",
]

_NBD_SEED = {
    "url": "https://www.nbd.com.cn/articles/2025-01-10/3715523.html",
    "title": "市场监管总局副局长束为：2024年实施CCC认证产品联网核查2.4亿次，拦截无证商品信息1315万次",
    "date": "2025-01-10",
    "time": "16:47:15",
    "keywords": "质量认证,市场监管总局,国新办发布会",
    "lead": SEED_LEAD,
    "byline": "每经记者 李宣璋　每经编辑 陈星",
    "editor": "陈星",
    "body": SEED_BODY,
    "footer": NBD_FOOTER,
    "summary": "质量认证是国际通行的市场经济“信用证”，是质量管理的“体检证”，也是国家贸易的“通行证”。",
}

_NBD_CSRC = {
    "url": "https://www.nbd.com.cn/articles/2025-01-23/3731208.html",
    "title": "证监会新闻发布会：推动中长期资金入市，公募基金持有A股流通市值未来三年每年至少增长10%",
    "date": "2025-01-23",
    "time": "12:31:08",
    "keywords": "证监会,中长期资金,新闻发布会",
    "lead": "1月23日，国新办举行新闻发布会，证监会负责人介绍推动中长期资金入市工作有关情况。",
    "byline": "每经记者 王海慜　每经编辑 何小桃",
    "editor": "何小桃",
    "body": [
        "1月23日，国新办举行新闻发布会，证监会负责人在发布会上介绍推动中长期资金入市工作有关情况。",
        "证监会负责人表示，实施方案明确，公募基金持有A股流通市值未来三年每年至少增长10%。",
        "同时，大型国有保险公司从2025年起每年新增保费的30%用于投资A股。",
        "证监会负责人表示，将会同有关部门抓好实施方案的落地见效，持续营造良好的市场生态。",
    ],
    "footer": NBD_FOOTER[1:4],
    "summary": "证监会负责人在国新办新闻发布会上介绍推动中长期资金入市工作有关情况。",
}

_NBD_PBOC = {
    "url": "https://www.nbd.com.cn/articles/2025-01-14/3720641.html",
    "title": "央行新闻发布会：2024年末社会融资规模存量同比增长8%，M2余额同比增长7.3%",
    "date": "2025-01-14",
    "time": "16:05:42",
    "keywords": "央行,人民银行,金融统计数据,新闻发布会",
    "lead": "1月14日，中国人民银行举行2024年金融统计数据新闻发布会。",
    "byline": "每经记者 张寿林　每经编辑 廖丹",
    "editor": "廖丹",
    "body": [
        "1月14日，中国人民银行举行2024年金融统计数据新闻发布会。",
        "人民银行有关负责人在发布会上介绍，2024年末社会融资规模存量为408.34万亿元，同比增长8%。",
        "2024年末广义货币（M2）余额313.53万亿元，同比增长7.3%；全年人民币贷款增加18.09万亿元。",
        "央行相关负责人表示，2025年将实施适度宽松的货币政策，保持流动性充裕。",
    ],
    "footer": NBD_FOOTER[1:4],
    "summary": "人民银行有关负责人在发布会上介绍2024年金融统计数据。",
}

_NBD_TRAIN = {
    "url": "https://www.nbd.com.cn/articles/2025-01-14/3720102.html",
    "title": "春运首日全国铁路预计发送旅客1050万人次",
    "date": "2025-01-14",
    "time": "09:12:30",
    "keywords": "春运,铁路",
    "lead": "2025年春运今日正式启动，全国铁路预计发送旅客1050万人次。",
    "byline": "每经记者 杨煜　每经编辑 董兴生",
    "editor": "董兴生",
    "body": [
        "2025年春运今日正式启动，全国铁路预计发送旅客1050万人次，计划加开旅客列车1000余列。",
        "多地火车站客流明显增加，返乡客流和探亲客流叠加。",
        "铁路部门提示旅客合理安排出行时间，提前规划行程。",
    ],
    "footer": NBD_FOOTER[1:4],
    "summary": "春运今日启动，全国铁路预计发送旅客1050万人次。",
}

_NBD_AUTO = {
    "url": "https://www.nbd.com.cn/articles/2025-01-09/3713377.html",
    "title": "多家车企晒出2024年成绩单，新能源车型销量占比持续提升",
    "date": "2025-01-09",
    "time": "20:40:11",
    "keywords": "车企,销量,新能源汽车",
    "lead": "近日，多家车企陆续公布2024年全年销量数据。",
    "byline": "每经记者 孙磊　每经编辑 裴健如",
    "editor": "裴健如",
    "body": [
        "近日，多家车企陆续公布2024年全年销量数据，新能源车型成为增长主力。",
        "业内人士认为，以旧换新政策带动了终端消费，车企之间的价格竞争仍在持续。",
        "展望2025年，车企普遍将智能化和海外市场作为发力重点。",
    ],
    "footer": NBD_FOOTER[1:4],
    "summary": "多家车企公布2024年销量，新能源车型占比提升。",
}

_NBD_HOUSING = {
    "url": "https://www.nbd.com.cn/articles/2025-01-08/3712054.html",
    "title": "成都今年计划新开工建设保障性住房1.2万套",
    "date": "2025-01-08",
    "time": "18:22:47",
    "keywords": "成都,保障性住房",
    "lead": "记者获悉，成都今年计划新开工建设保障性住房1.2万套。",
    "byline": "每经记者 彭斐　每经编辑 魏官红",
    "editor": "魏官红",
    "body": [
        "记者获悉，成都今年计划新开工建设保障性住房1.2万套，重点满足新市民、青年人的住房需求。",
        "相关项目将优先布局在产业园区和轨道交通站点周边。",
        "业内人士表示，这将有助于完善住房供应体系。",
    ],
    "footer": NBD_FOOTER[1:4],
    "summary": "成都今年计划新开工建设保障性住房1.2万套。",
}


def _nbd_entry(a: dict) -> dict:
    return {
        "url": a["url"],
        "title": a["title"],
        "summary": a["summary"],
        "date": a["date"],
        "time": a["time"][:5],
    }


NBD = {
    "columns": [
        {
            "id": 3,
            "name": "要闻",
            "pages": [
                [_nbd_entry(a) for a in (_NBD_CSRC, _NBD_PBOC, _NBD_TRAIN, _NBD_SEED)],
                [_nbd_entry(a) for a in (_NBD_AUTO, _NBD_HOUSING)],
            ],
        }
    ],
    "articles": [_NBD_SEED, _NBD_CSRC, _NBD_PBOC, _NBD_TRAIN, _NBD_AUTO, _NBD_HOUSING],
}

# --------------------------------------------------------------------------------------------
# chinanews
# --------------------------------------------------------------------------------------------

_CN_MOFCOM = {
    "url": "https://www.chinanews.com.cn/cj/2025/01-16/10353321.shtml",
    "title": "商务部：2024年全国网上零售额15.23万亿元 增长7.2%",
    "date": "2025-01-16",
    "time": "15:32",
    "source": "中国新闻网",
    "editor": "田博群",
    "keywords": "商务部,网上零售额,新闻发布会",
    "summary": "商务部16日召开例行新闻发布会，介绍2024年网络零售市场发展情况。",
    "body": [
        "中新网1月16日电 商务部16日召开例行新闻发布会，新闻发言人介绍2024年网络零售市场发展情况。",
        "发言人表示，2024年全国网上零售额15.23万亿元，增长7.2%；其中实物商品网上零售额增长6.5%。",
        "发言人介绍，数字、绿色、健康等新型消费持续活跃，以旧换新相关商品网络销售增势良好。",
        "商务部新闻发言人表示，2025年将继续推动网络消费扩容提质。",
    ],
}

_CN_GOLD = {
    "url": "https://www.chinanews.com.cn/cj/2025/01-16/10353402.shtml",
    "title": "国际金价震荡上行 黄金饰品消费升温",
    "date": "2025-01-16",
    "time": "16:10",
    "source": "中国新闻网",
    "editor": "黄钰涵",
    "keywords": "金价,黄金饰品",
    "summary": "近期国际金价震荡上行，国内多家品牌金饰价格随之上调。",
    "body": [
        "中新网1月16日电 近期国际金价震荡上行，国内多家品牌金饰价格随之上调。",
        "临近春节，黄金饰品消费升温，不少门店客流明显增加。",
        "业内人士提醒，消费者购买黄金饰品应理性看待价格波动。",
    ],
}

_CN_NFRA = {
    "url": "https://www.chinanews.com.cn/cj/2025/01-14/10352006.shtml",
    "title": "金融监管总局：2024年末银行业金融机构总资产同比增长6.5%",
    "date": "2025-01-14",
    "time": "11:05",
    "source": "中国新闻网",
    "editor": "左宇坤",
    "keywords": "金融监管总局,银行业,新闻发布会",
    "summary": "国家金融监督管理总局在新闻发布会上介绍2024年银行业保险业运行情况。",
    "body": [
        "中新网1月14日电 国家金融监督管理总局14日举行新闻发布会，介绍2024年银行业保险业运行情况。",
        "金融监管总局有关负责人在发布会上表示，2024年末银行业金融机构总资产同比增长6.5%。",
        "负责人介绍，保险业原保险保费收入稳步增长，风险保障功能持续增强。",
        "金融监管总局有关负责人表示，将坚持稳中求进，守住不发生系统性金融风险的底线。",
    ],
}

_CN_SAMR = {
    "url": "https://www.chinanews.com.cn/gn/2025/01-10/10350811.shtml",
    "title": "市场监管总局：2024年查处电动自行车相关违法案件等共计23000余件",
    "date": "2025-01-10",
    "time": "12:21",
    "source": "中国新闻网",
    "editor": "张子怡",
    "keywords": "市场监管总局,国新办,新闻发布会,产品质量",
    "summary": "国新办10日举行新闻发布会，市场监管总局介绍产品质量安全监管情况。",
    "body": [
        "中新网北京1月10日电 国务院新闻办公室10日举行新闻发布会，市场监管总局有关负责人介绍产品质量安全监管工作情况。",
        "市场监管总局执法稽查局局长况旭在发布会上介绍，2024年一共抽查羽绒服装、玩具等147种产品，发现并处置不合格产品3612批次。",
        "他表示，市场监管部门查处儿童用品、消防产品、电动自行车相关违法案件共计23000余件。",
        "况旭介绍，市场监管总局已在全国范围部署开展重要民生商品服务稳价保质工作。",
    ],
}

_CN_ICE = {
    "url": "https://www.chinanews.com.cn/sh/2025/01-12/10351490.shtml",
    "title": "哈尔滨冰雪大世界迎来客流高峰",
    "date": "2025-01-12",
    "time": "20:46",
    "source": "中国新闻网",
    "editor": "李岩",
    "keywords": "哈尔滨,冰雪大世界",
    "summary": "周末期间，哈尔滨冰雪大世界迎来客流高峰。",
    "body": [
        "中新网哈尔滨1月12日电 周末期间，哈尔滨冰雪大世界迎来客流高峰，众多游客前来体验冰雪项目。",
        "园区推出多项新玩法，冰滑梯前排起长队。",
        "当地文旅部门提示游客注意防寒保暖。",
    ],
}

CHINANEWS = {
    "feeds": [
        {
            "path": "/rss/scroll-news.xml",
            "title": "中国新闻网-滚动新闻",
            "items": [a["url"] for a in sorted(
                (_CN_MOFCOM, _CN_GOLD, _CN_NFRA, _CN_SAMR, _CN_ICE),
                key=lambda a: (a["date"], a["time"]), reverse=True)],
        },
        {
            "path": "/rss/finance.xml",
            "title": "中国新闻网-财经新闻",
            "items": [_CN_GOLD["url"], _CN_MOFCOM["url"], _CN_NFRA["url"]],
        },
        {
            "path": "/rss/china.xml",
            "title": "中国新闻网-时政新闻",
            "items": [_CN_ICE["url"], _CN_SAMR["url"]],
        },
    ],
    "articles": [_CN_MOFCOM, _CN_GOLD, _CN_NFRA, _CN_SAMR, _CN_ICE],
}

# --------------------------------------------------------------------------------------------
# csrc
# --------------------------------------------------------------------------------------------

_CSRC_ARTICLES = [
    {
        "path": "/csrc/c100029/c7530412/content.shtml",
        "title": "2025年1月17日新闻发布会",
        "date": "2025-01-17",
        "time": "17:10",
        "source": "中国证监会",
        "body": [
            "1月17日，证监会新闻发言人主持召开例行新闻发布会，通报近期监管工作情况。",
            "发言人介绍，证监会近日对一起上市公司财务造假案作出行政处罚，依法对相关责任人员采取市场禁入措施。",
            "发言人表示，证监会将坚持“零容忍”，对财务造假、欺诈发行等恶性违法行为严惩不贷。",
            "发言人还回答了记者关于优化并购重组监管等问题的提问。",
            "证监会新闻发言人表示，将持续强化监管执法，切实保护投资者合法权益。",
        ],
    },
    {
        "path": "/csrc/c100029/c7528851/content.shtml",
        "title": "2025年1月10日新闻发布会",
        "date": "2025-01-10",
        "time": "17:00",
        "source": "中国证监会",
        "body": [
            "1月10日，证监会新闻发言人主持召开例行新闻发布会。",
            "发言人介绍了近期发布的有关监管规则和征求意见情况。",
            "发言人表示，证监会将扎实推进资本市场高质量发展各项工作。",
        ],
    },
    {
        "path": "/csrc/c100029/c7524019/content.shtml",
        "title": "2024年12月27日新闻发布会",
        "date": "2024-12-27",
        "time": "17:05",
        "source": "中国证监会",
        "body": [
            "12月27日，证监会新闻发言人主持召开例行新闻发布会。",
            "发言人通报了近期案件查办情况。",
            "发言人表示，将进一步加强上市公司监管。",
        ],
    },
]

CSRC = {
    # a 32-hex channel id as real CSRC channels have (this one made up for the replica)
    "channel_id": "6d1f3c8a0b7e4f25a9c4e2d7b5f80a13",
    "pages": [
        [{"href": a["path"], "title": a["title"], "date": a["date"]} for a in _CSRC_ARTICLES[:2]],
        [{"href": a["path"], "title": a["title"], "date": a["date"]} for a in _CSRC_ARTICLES[2:]],
    ],
    "articles": _CSRC_ARTICLES,
}

# --------------------------------------------------------------------------------------------
# pbc
# --------------------------------------------------------------------------------------------

_PBC_BASE = "/goutongjiaoliu/113456/113469/"

_PBC_ARTICLES = [
    {
        "path": _PBC_BASE + "2025011416280712345/index.html",
        "title": "2024年金融统计数据新闻发布会文字实录",
        "date": "2025-01-14",
        "time": "16:28",
        "source": "沟通交流",
        "editor": "吴敏",
        "body": [
            "2025年1月14日下午，中国人民银行举行2024年金融统计数据新闻发布会，介绍2024年金融统计数据有关情况，并回答记者提问。",
            "人民银行调查统计司负责人介绍，2024年末广义货币（M2）余额313.53万亿元，同比增长7.3%。",
            "2024年末社会融资规模存量为408.34万亿元，同比增长8%；全年人民币贷款增加18.09万亿元。",
            "人民银行货币政策司负责人表示，将实施好适度宽松的货币政策，保持流动性充裕。",
            "人民银行有关负责人表示，将继续加强与市场沟通，稳定市场预期。",
        ],
    },
    {
        "path": _PBC_BASE + "2025011015201511020/index.html",
        "title": "中国人民银行召开2025年宏观审慎工作会议",
        "date": "2025-01-10",
        "time": "15:20",
        "source": "宏观审慎管理局",
        "editor": "周静",
        "body": [
            "近日，中国人民银行召开2025年宏观审慎工作会议，总结2024年工作，部署2025年重点任务。",
            "会议要求，健全宏观审慎管理体系，加强系统性金融风险监测评估。",
            "会议强调，要扎实做好各项工作，为经济高质量发展营造良好金融环境。",
        ],
    },
    {
        "path": _PBC_BASE + "2024123117003110021/index.html",
        "title": "中国人民银行货币政策委员会召开2024年第四季度例会",
        "date": "2024-12-31",
        "time": "17:00",
        "source": "沟通交流",
        "editor": "孙宁",
        "body": [
            "中国人民银行货币政策委员会2024年第四季度例会于近日在北京召开。",
            "会议认为，今年以来货币政策坚持支持性的立场，加大逆周期调节力度。",
            "会议指出，要实施好适度宽松的货币政策，加强货币政策调控。",
        ],
    },
]

PBC = {
    "pages": [
        [{"href": a["path"], "title": a["title"], "date": a["date"]} for a in _PBC_ARTICLES[:2]],
        [{"href": a["path"], "title": a["title"], "date": a["date"]} for a in _PBC_ARTICLES[2:]],
    ],
    "articles": _PBC_ARTICLES,
}

# --------------------------------------------------------------------------------------------
# What the end-to-end tests expect (one known article per source, plus the dropped ones)
# --------------------------------------------------------------------------------------------


def _first_sentence(paragraph: str) -> str:
    end = paragraph.find("。")
    return paragraph[: end + 1] if end >= 0 else paragraph


def _last_sentence(paragraph: str) -> str:
    parts = [p for p in paragraph.split("。") if p]
    return parts[-1] + "。" if paragraph.endswith("。") else parts[-1]


def _expect(url: str, article: dict, body: list[str]) -> dict:
    return {
        "url": url,
        "title": article["title"],
        "published_at": f'{article["date"]}T{article["time"][:5]}'
        + (article["time"][5:] if len(article["time"]) > 5 else ":00")
        + "+08:00",
        "first": _first_sentence(body[0]),
        "last": _last_sentence(body[-1]),
    }


# The crawls run with PRESSWATCH_NOW = NOW (the value ``presswatch demo`` uses), so each
# source's window counts back from just after the replicas' January 2025 articles.
NOW = "2025-01-25T12:00:00+08:00"


def _page(url: str, article: dict, *, relevant: bool = True) -> dict:
    """One article page of a replica as the tests see it: where, what, when, kept or not."""
    return {"url": url, "title": article["title"], "date": article["date"], "relevant": relevant}


def _scio_url(a: dict) -> str:
    return "https://www.scio.gov.cn" + a["dir"] + a["file"] + ".html"


EXPECT = {
    "scio": {
        "known": _expect(_scio_url(_SCIO_SAMR), _SCIO_SAMR,
                         [p for part in _SCIO_SAMR["parts"] for p in part]),
        "pages": [_page(_scio_url(a), a) for a in SCIO["articles"]],
        # the transcript's later pages are part of the one article, never articles themselves
        "not_articles": [
            "https://www.scio.gov.cn" + _SCIO_SAMR["dir"] + _SCIO_SAMR["file"] + "_1.html",
            "https://www.scio.gov.cn" + _SCIO_SAMR["dir"] + _SCIO_SAMR["file"] + "_2.html",
        ],
        # pagination stops at the first list page with items older than the window
        "not_fetched": ["https://www.scio.gov.cn" + _SCIO_MAIN + "index_2.html"],
    },
    "samr": {
        "known": _expect("https://www.samr.gov.cn" + _SAMR_ARTICLES[0]["path"],
                         _SAMR_ARTICLES[0], _SAMR_ARTICLES[0]["body"]),
        "pages": [_page("https://www.samr.gov.cn" + a["path"], a) for a in _SAMR_ARTICLES],
    },
    "govcn": {
        "known": _expect("https://www.gov.cn" + _GOVCN_ARTICLES[0]["path"],
                         _GOVCN_ARTICLES[0], _GOVCN_ARTICLES[0]["body"]),
        "pages": [_page("https://www.gov.cn" + a["path"], a) for a in _GOVCN_ARTICLES],
    },
    "nbd": {
        "known": _expect(_NBD_CSRC["url"], _NBD_CSRC, _NBD_CSRC["body"]),
        "seed_url": _NBD_SEED["url"],
        "pages": [
            _page(a["url"], a, relevant=a in (_NBD_CSRC, _NBD_PBOC))
            for a in NBD["articles"] if a is not _NBD_SEED
        ],
    },
    "chinanews": {
        "known": _expect(_CN_MOFCOM["url"], _CN_MOFCOM, _CN_MOFCOM["body"]),
        "pages": [
            _page(a["url"], a, relevant=a not in (_CN_GOLD, _CN_ICE))
            for a in CHINANEWS["articles"]
        ],
    },
    "csrc": {
        # the real article page prints the date only ("日期：2021-11-08"); the time is in the
        # JSON list (publishedTimeStr) and stays in the article's meta as published_hint
        "known": {**_expect("http://www.csrc.gov.cn" + _CSRC_ARTICLES[0]["path"],
                            _CSRC_ARTICLES[0], _CSRC_ARTICLES[0]["body"]),
                  "published_at": _CSRC_ARTICLES[0]["date"] + "T00:00:00+08:00"},
        "pages": [_page("http://www.csrc.gov.cn" + a["path"], a) for a in _CSRC_ARTICLES],
    },
    "pbc": {
        "known": _expect("http://www.pbc.gov.cn" + _PBC_ARTICLES[0]["path"],
                         _PBC_ARTICLES[0], _PBC_ARTICLES[0]["body"]),
        "pages": [_page("http://www.pbc.gov.cn" + a["path"], a) for a in _PBC_ARTICLES],
    },
}
