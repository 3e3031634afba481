"""Search behaves exactly like a substring scan, for every query length, through changes."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.articles import delete_article, insert_article, update_article
from db.search import query_terms, search, snippet

# A small alphabet makes 1- to 6-character queries hit often enough to be interesting.
HAN = "的是在了不和有大这主中人上为们地个用工时要动国产以我到他会作来分生对于学下级就年阶义发成部民可出能方进同行面说种过命度革而多子后自社加小机也经力线本电高量长党得实家定深法表着水理化争现所二起政三好十战无农使性前等反体合斗路图把结第里正新开论之物从当两些还天资事队批如应形想制心样干都向变关点育重其思与间内去因件日利相由压员气业代全组数果期导平各基或月毛然问比展那它最及外没看治提五解系林者米群头意只明四道马认次文通但条较克又公孔领军流入接席位情运器并飞原油放立题质指建区验活众很教决特此常石强极土少已根共直团统式转别造切九你取西持总料连任志观调七么山程百报更见必真保热委手改管处己将修支识病象几先老光专什六型具示复安带每东增则完风回南广劳轮科北打积车计给节做务被整联步类集号列温装即毫知轴研单色坚据速防史拉世设达尔场织历花受求传口断况采精金界品判参层止边清至万确究书术状厂须离再目海交权且儿青才证低越际八试规斯近注办布门铁需走议县兵固除般引齿千胜细影济白格效置推空配刀叶率述今选养德话查差半敌始片施响收华觉备名红续均药标记难存测士身紧液派准斤角降维板许破述技消底床田势端感往神便贺村构照容非搞亚磨族火段算适讲按值美态黄易彪服早班麦削信排台声该击素张密害侯草何树肥继右属市严径螺检左页抗苏显苦英快称坏移约巴材省黑武培著河帝仅针怎植京助升王眼她抓含苗副杂普谈围食射源例致酸旧却充足短划剂宣环落首尺波承粉践府鱼随考刻靠够满夫失包住促枝局菌杆周护岩师举曲春元超负砂封换太模贫减阳扬江析亩木言球朝医校古呢稻宋听唯输滑站另卫字鼓刚写刘微略范供阿块某功套友限项余倒卷创律雨让骨远帮初皮播优占死毒圈伟季训控激找叫云互跟裂粮粒母练塞钢顶策双留误础吸阻故寸盾晚丝女散焊功株亲院冷彻弹错散商视艺灭版烈零室轻血倍缺厘泵察绝富城冲喷壤简否柱李望盘磁雄似困巩益洲脱投送奴侧润盖挥距触星松送获兴独官混纪依未突架宽冬章湿偏纹吃执阀矿寨责熟稳夺硬价努翻奇甲预职评读背协损棉侵灰虽矛厚罗泥辟告卵箱掌氧恩爱停曾溶营终纲孟钱待尽俄缩沙退陈讨奋械载胞幼哪剥迫旋征槽倒握担仍呀鲜吧卡粗介钻逐弱脚怕盐末阴丰雾冠丙街莱贝辐肠付吉渗瑞惊顿挤秒悬姆烂森糖圣凹陶词迟蚕亿矩康遵牧遭幅园腔订香肉弟屋敏恢忘编印蜂急拿扩伤飞露核缘游振操央伍域甚迅辉异序免纸夜乡久隶缸夹念兰映沟乙吗儒杀汽磷艰晶插埃燃欢铁补咱芽永瓦倾阵碳演威附牙芽永瓦斜灌欧献顺猪洋腐请透司危括脉宜笑若尾束壮暴企菜穗楚汉愈绿拖牛份染既秋遍锻玉夏疗尖殖井费州访吹荣铜沿替滚客召旱悟刺脑措贯藏敢令隙炉壳硫煤迎铸粘探临薄旬善福纵择礼愿伏残雷延烟句纯渐耕跑泽慢栽鲁赤繁境潮横掉锥希池败船假亮谓托伙哲怀割摆贡呈劲财仪沉炼麻罪祖息车穿货销齐鼠抽画饲龙库守筑房歌寒喜哥洗蚀废纳腹乎录镜妇恶脂庄擦险赞钟摇典柄辩竹谷卖乱虚桥奥伯赶垂途额壁网截野遗静谋弄挂课镇妄盛耐援扎虑键归符庆聚绕摩忙舞遇索顾胶羊湖钉仁音迹碎伸灯避泛亡答勇频皇柳哈揭甘诺概宪浓岛袭谁洪谢炮浇斑讯懂灵蛋闭孩释乳巨徒私银伊景坦累匀霉杜乐勒隔弯绩招绍胡呼痛峰零柴簧午跳居尚丁秦稍追梁折耗碱殊岗挖氏刃剧堆赫荷胸衡勤膜篇登驻案刊秧缓凸役剪川雪链渔啦脸户洛孢勃盟买杨宗焦赛旗滤硅炭股坐蒸凝竟陷枪黎救冒暗洞犯筒您宋弧爆谬涂味津臂障褐陆啊健尊豆拔莫抵桑坡缝警挑污冰柬嘴啥饭塑寄赵喊垫丹渡耳刨虎笔稀昆浪萨茶滴浅拥穴覆伦娘吨浸袖珠雌妈紫戏塔锤震岁貌洁剖牢锋疑霸闪埔猛诉刷狠忽灾闹乔唐漏闻沈熔氯荒茎男凡抢像浆旁玻亦忠唱蒙予纷捕锁尤乘乌智淡允叛畜俘摸锈扫毕璃宝芯爷鉴秘净蒋钙肩腾枯抛轨堂拌爸循诱祝励肯酒绳穷塘燥泡袋朗喂铝软渠颗惯贸粪综墙趋彼届墨碍启逆卸航衣孙龄岭骗休借"
LATIN = "CCCabc2.4亿"


def _doc(rng: random.Random) -> tuple[str, str]:
    alphabet = HAN[:60] + LATIN  # a narrow alphabet: short queries have many hits
    title = "".join(rng.choice(alphabet) for _ in range(rng.randint(4, 12)))
    body = "".join(rng.choice(alphabet + "，。 ") for _ in range(rng.randint(20, 120)))
    return title, body


def _brute(docs: dict[int, tuple[str, str]], query: str) -> set[int]:
    terms = query_terms(query)
    return {
        i
        for i, (title, body) in docs.items()
        if terms and all(t in title.lower() or t in body.lower() for t in terms)
    }


def _ids(db, query: str) -> set[int]:
    return {hit.id for hit in search(db, query, limit=None)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A store of 3,000 generated Chinese documents, and the same documents in memory."""
    from db import open_db

    db = open_db(tmp_path_factory.mktemp("search") / "s.db")
    rng = random.Random(20250110)
    docs = {}
    from db.connection import write_transaction

    with write_transaction(db):
        for n in range(3000):
            title, body = _doc(rng)
            article_id = insert_article(
                db,
                {"url": f"https://example.cn/{n}", "source": "gen", "status": "new",
                 "title": title, "body": body, "content_hash": str(n)},
            )
            docs[article_id] = (title, body)
    return db, docs


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_search_equals_substring_scan_for_queries_of_length_1_to_6(corpus, data):
    db, docs = corpus
    doc_id = data.draw(st.sampled_from(sorted(docs)))
    title, body = docs[doc_id]
    text = data.draw(st.sampled_from([title, body]))
    length = data.draw(st.integers(1, 6))
    start = data.draw(st.integers(0, max(0, len(text) - length)))
    query = text[start : start + length].strip() or "的"
    assert _ids(db, query) == _brute(docs, query)


@settings(max_examples=100, deadline=None)
@given(query=st.text(alphabet=HAN[:60] + "CCcab2.4", min_size=1, max_size=6))
def test_search_equals_substring_scan_for_arbitrary_queries(corpus, query):
    db, docs = corpus
    assert _ids(db, query) == _brute(docs, query)


def test_search_stays_exact_after_updates_and_deletes(fresh_db):
    rng = random.Random(7)
    docs = {}
    for n in range(300):
        title, body = _doc(rng)
        docs[insert_article(fresh_db, {"url": f"u{n}", "source": "s", "status": "new",
                                       "title": title, "body": body,
                                       "content_hash": str(n)})] = (title, body)
    for article_id in rng.sample(sorted(docs), 60):
        title, body = _doc(rng)
        update_article(fresh_db, article_id, {"title": title, "body": body})
        docs[article_id] = (title, body)
    for article_id in rng.sample(sorted(docs), 40):
        delete_article(fresh_db, article_id)
        del docs[article_id]
    queries = {t[s : s + k] for t, b in docs.values() for s in (0, 2) for k in (1, 2, 3, 5)}
    queries |= {b[s : s + k].strip() for t, b in list(docs.values())[:50] for s in (3,)
                for k in (1, 2, 4)}
    for query in sorted(q for q in queries if q.strip()):
        assert _ids(fresh_db, query) == _brute(docs, query), query


def test_search_sees_rows_written_by_another_program(fresh_db, db_path):
    """A user's raw SQL insert/update/delete is queued by triggers and indexed on search."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO articles (url, source, status, content_hash, fetched_at, title, body) "
        "VALUES ('x', 's', 'new', 'h', '2025-01-01T00:00:00+00:00', '央行', '降准 落地')"
    )
    conn.commit()
    assert [h.url for h in search(fresh_db, "央行")] == ["x"]
    conn.execute("UPDATE articles SET title = '证监会' WHERE url = 'x'")
    conn.commit()
    assert search(fresh_db, "央行") == []
    assert [h.url for h in search(fresh_db, "监会")] == ["x"]
    conn.execute("DELETE FROM articles WHERE url = 'x'")
    conn.commit()
    assert search(fresh_db, "监会") == []
    assert search(fresh_db, "降") == []
    conn.close()


def test_traditional_and_full_width_queries_find_simplified_text(fresh_db):
    insert_article(fresh_db, {"url": "a", "source": "s", "status": "new", "content_hash": "1",
                              "title": "质量认证", "body": "CCC认证产品联网核查2.4亿次"})
    assert len(search(fresh_db, "認證")) == 1
    assert len(search(fresh_db, "ＣＣＣ")) == 1
    assert len(search(fresh_db, "ccc")) == 1
    assert len(search(fresh_db, "2.4億")) == 1
    assert search(fresh_db, "認證 央行") == []


def test_title_matches_rank_before_body_matches(fresh_db):
    body_hit = insert_article(fresh_db, {"url": "b", "source": "s", "status": "new",
                                         "content_hash": "1", "title": "发布会",
                                         "body": "央行今日表示"})
    title_hit = insert_article(fresh_db, {"url": "a", "source": "s", "status": "new",
                                          "content_hash": "2", "title": "央行答记者问",
                                          "body": "内容"})
    newer = insert_article(fresh_db, {"url": "c", "source": "s", "status": "new",
                                      "content_hash": "3", "title": "其他", "body": "央行"})
    assert [h.id for h in search(fresh_db, "央行")] == [title_hit, newer, body_hit]


def test_filters_restrict_by_source_status_and_date(fresh_db):
    for n, (source, status, date) in enumerate([
        ("nbd", "new", "2025-01-10T16:47:15+08:00"),
        ("samr", "related", "2025-01-11T09:00:00+08:00"),
        ("nbd", "new", "2024-12-31T10:00:00+08:00"),
    ]):
        insert_article(fresh_db, {"url": f"u{n}", "source": source, "status": status,
                                  "content_hash": str(n), "published_at": date,
                                  "title": "认证", "body": ""})
    assert {h.url for h in search(fresh_db, "认证", source="nbd")} == {"u0", "u2"}
    assert {h.url for h in search(fresh_db, "认证", status="related")} == {"u1"}
    assert {h.url for h in search(fresh_db, "认证", since="2025-01-01")} == {"u0", "u1"}
    assert {h.url for h in search(fresh_db, "认证", until="2025-01-10")} == {"u0", "u2"}
    assert len(search(fresh_db, "认证", limit=2)) == 2


def test_snippet_marks_every_hit_in_the_window():
    text = "市场监管总局副局长束为表示，质量认证是国际通行的" * 3
    assert snippet(text, ["认证"]).count("[认证]") >= 1
    assert snippet("ABC认证", ["abc"]) == "[ABC]认证"
