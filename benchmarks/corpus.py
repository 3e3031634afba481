"""Realistic synthetic Chinese news text for benchmarks (search, dedup, crawl).

Characters are drawn from a list of common characters ordered by frequency; words of one to
four characters follow a Zipf distribution, sentences are 8-30 words with Chinese
punctuation, as in news prose. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from functools import lru_cache
from itertools import accumulate

COMMON_CHARS = (
    "的是在了不和有大这主中人上为们地个用工时要动国产以我到他会作来分生对于学下级就年"
    "阶义发成部民可出能方进同行面说种过命度革而多子后自社加小机也经力线本电高量长党得"
    "实家定深法表着水理化争现所二起政三好十战无农使性前等反体合斗路图把结第里正新开论"
    "之物从当两些还天资事队批如应形想制心样干都向变关点育重其思与间内去因件日利相由压"
    "员气业代全组数果期导平各基或月毛然问比展那它最及外没看治提五解系林者米群头意只明"
    "四道马认次文通但条较克又公孔领军流入接席位情运器并飞原油放立题质指建区验活众很教"
    "决特此常石强极土少已根共直团统式转别造切九你取西持总料连任志观调七么山程百报更见"
    "必真保热委手改管处己将修支识病象几先老光专什六型具示复安带每东增则完风回南广劳轮"
    "科北打积车计给节做务被整联步类集号列温装即毫知轴研单色坚据速防史拉世设达尔场织历"
    "花受求传口断况采精金界品判参层止边清至万确究书术状厂须离再目海交权且儿青才证低越"
    "际八试规斯近注办布门铁需走议县兵固除般引齿千胜细影济白格效置推空配刀叶率述今选养"
    "德话查差半敌始片施响收华觉备名红续均药标记难存测士身紧液派准斤角降维板许破技消底"
    "床田势端感往神便贺村构照容非搞亚磨族火段算适讲按值美态黄易彪服早班麦削信排台声该"
    "击素张密害侯草何树肥继右属市严径螺检左页抗苏显苦英快称坏移约巴材省黑武培著河帝仅"
    "针怎植京助升王眼她抓含苗副杂普谈围食射源例致酸旧却充足短划剂宣环落首尺波承粉践府"
    "鱼随考刻靠够满夫失包住促枝局菌杆周护岩师举曲春元超负砂封换太模贫减阳扬江析亩木言"
    "球朝医校古呢稻宋听唯输滑站另卫字鼓刚写刘微略范供阿块某功套友限项余倒卷创律雨让骨"
    "远帮初皮播优占死毒圈伟季训控激找叫云互跟裂粮粒母练塞钢顶策双留误础吸阻故寸盾晚丝"
    "女散焊株亲院冷彻弹错商视艺灭版烈零室轻血倍缺厘泵察绝富城冲喷壤简否柱李望盘磁雄似"
    "困巩益洲脱投送奴侧润盖挥距触星松获兴独官混纪依未突架宽冬章湿偏纹吃执阀矿寨责熟稳"
    "夺硬价努翻奇甲预职评读背协损棉侵灰虽矛厚罗泥辟告卵箱掌氧恩爱停曾溶营终纲孟钱待尽"
    "俄缩沙退陈讨奋械载胞幼哪剥迫旋征槽握担仍呀鲜吧卡粗介钻逐弱脚怕盐末阴丰雾冠丙街莱"
    "贝辐肠付吉渗瑞惊顿挤秒悬姆烂森糖圣凹陶词迟蚕亿矩康遵牧遭幅园腔订香肉弟屋敏恢忘编"
    "印蜂急拿扩伤露核缘游振操央伍域甚迅辉异序免纸夜乡久隶缸夹念兰映沟乙吗儒杀汽磷艰晶"
    "插埃燃欢补咱芽永瓦倾阵碳演威附牙斜灌欧献顺猪洋腐请透司危括脉宜笑若尾束壮暴企菜穗"
    "楚汉愈绿拖牛份染既秋遍锻玉夏疗尖殖井费州访吹荣铜沿替滚客召旱悟刺脑措贯藏敢令隙炉"
    "壳硫煤迎铸粘探临薄旬善福纵择礼愿伏残雷延烟句纯渐耕跑泽慢栽鲁赤繁境潮横掉锥希池败"
    "船假亮谓托伙哲怀割摆贡呈劲财仪沉炼麻罪祖息穿货销齐鼠抽画饲龙库守筑房歌寒喜哥洗蚀"
    "废纳腹乎录镜妇恶脂庄擦险赞钟摇典柄辩竹谷卖乱虚桥奥伯赶垂途额壁网截野遗静谋弄挂课"
    "镇妄盛耐援扎虑键归符庆聚绕摩忙舞遇索顾胶羊湖钉仁音迹碎伸灯避泛亡答勇频皇柳哈揭甘"
    "诺概宪浓岛袭谁洪谢炮浇斑讯懂灵蛋闭孩释乳巨徒私银伊景坦累匀霉杜乐勒隔弯绩招绍胡呼"
    "痛峰柴簧午跳居尚丁秦稍追梁折耗碱殊岗挖氏刃剧堆赫荷胸衡勤膜篇登驻案刊秧缓凸役剪川"
    "雪链渔啦脸户洛孢勃盟买杨宗焦赛旗滤硅炭股坐蒸凝竟陷枪黎救冒暗洞犯筒您弧爆谬涂味津"
    "臂障褐陆啊健尊豆拔莫抵桑坡缝警挑污冰柬嘴啥饭塑寄赵喊垫丹渡耳刨虎笔稀昆浪萨茶滴浅"
    "拥穴覆伦娘吨浸袖珠雌妈紫戏塔锤震岁貌洁剖牢锋疑霸闪埔猛诉刷狠忽灾闹乔唐漏闻沈熔氯"
    "荒茎男凡抢像浆旁玻亦忠唱蒙予纷捕锁尤乘乌智淡允叛畜俘摸锈扫毕璃宝芯爷鉴秘净蒋钙肩"
    "腾枯抛轨堂拌爸循诱祝励肯酒绳穷塘燥泡袋朗喂铝软渠颗惯贸粪综墙趋彼届墨碍启逆卸航衣"
    "孙龄岭骗休借"
)


@lru_cache(maxsize=4)
def vocabulary(size: int = 6000, seed: int = 1) -> tuple[list[str], list[float]]:
    """Words (1-4 characters, mostly 2) and their cumulative Zipf weights."""
    rng = random.Random(seed)
    char_weights = list(accumulate(1 / r for r in range(1, len(COMMON_CHARS) + 1)))
    words = []
    for _ in range(size):
        length = rng.choices((1, 2, 3, 4), weights=(2, 10, 3, 2))[0]
        words.append("".join(rng.choices(COMMON_CHARS, cum_weights=char_weights, k=length)))
    return words, list(accumulate(1 / (r**1.05) for r in range(1, size + 1)))


def _words(rng: random.Random, k: int) -> list[str]:
    words, cum_weights = vocabulary()
    return rng.choices(words, cum_weights=cum_weights, k=k)


def article(rng: random.Random, chars: int = 2000) -> tuple[str, str]:
    """A (title, body) pair: paragraphs of sentences of 8-30 words, about ``chars`` long."""
    title = "".join(_words(rng, rng.randint(6, 12)))[:28]
    words = _words(rng, chars // 2)
    paragraphs, sentences, current, length = [], [], [], 0
    for word in words:
        current.append(word)
        length += len(word)
        if len(current) >= 8 and (len(current) >= 30 or rng.random() < 0.08):
            sentences.append(
                "，".join("".join(current[i : i + 6]) for i in range(0, len(current), 6)) + "。"
            )
            current = []
            if len(sentences) >= 4 and rng.random() < 0.3:
                paragraphs.append("".join(sentences))
                sentences = []
        if length >= chars:
            break
    if current:
        sentences.append("".join(current) + "。")
    if sentences:
        paragraphs.append("".join(sentences))
    return title, "\n\n".join(paragraphs)
