"""The benchmark corpus's vocabulary (tools/gen-corpus.py): the demo campaign's series, groups,
places, organizers, activities and sentence templates, as (zh, en) pairs where both languages need them."""

SERIES = [
    ("industry", "工业篇", "Industry", "产业工人数字技能与中小企业数字化转型", "Digital skills for workers and SMEs going digital"),
    ("education", "教育篇", "Education", "学生信息素养、教师数字教学能力与数字课程", "Student information literacy, teachers' digital teaching and open courses"),
    ("elderly", "助老助残篇", "Older People and Disability", "帮助老年人和残障人士用好智能手机和网上服务", "Helping older and disabled people use smartphones and online services"),
    ("women", "巾帼篇", "Women", "数字巾帼先锋、电商直播培训与数字家庭", "Digital women pioneers, livestream selling and digital families"),
    ("cadres", "党员干部篇", "Party Members and Officials", "领导干部和公务员学网、懂网、用网", "Officials learning, understanding and using the internet"),
    ("people", "百姓篇", "Everyday Life", "进村入户的数字技能巡讲和群众身边的数字生活", "Digital skills tours in villages and digital life close to home"),
]
GROUPS = [
    ("cadres", "领导干部和公务员", "Officials and civil servants"),
    ("farmers", "农民", "Farmers"),
    ("workers", "产业工人", "Industrial workers"),
    ("women", "妇女", "Women"),
    ("students", "学生", "Students"),
    ("teachers", "教师", "Teachers"),
    ("elderly", "老年人", "Older people"),
    ("disabled", "残障人士", "People with disabilities"),
    ("veterans", "退役军人", "Veterans"),
    ("youth", "青少年", "Young people"),
    ("gig-workers", "新就业形态劳动者", "Workers in new forms of employment"),
]
GROUPS_OF = {
    "industry": ["workers", "gig-workers", "youth"], "education": ["students", "teachers", "youth"],
    "elderly": ["elderly", "disabled", "veterans"], "women": ["women", "farmers", "gig-workers"],
    "cadres": ["cadres", "veterans"], "people": ["farmers", "elderly", "youth", "women"],
}
REGIONS = [
    ("四川省", "Sichuan"), ("成都市", "Chengdu"), ("绵阳市", "Mianyang"), ("德阳市", "Deyang"), ("南充市", "Nanchong"),
    ("遂宁市", "Suining"), ("乐山市", "Leshan"), ("宜宾市", "Yibin"), ("泸州市", "Luzhou"), ("达州市", "Dazhou"),
    ("凉山州", "Liangshan"), ("黑龙江省", "Heilongjiang"), ("齐齐哈尔市", "Qiqihar"), ("哈尔滨市", "Harbin"),
    ("大庆市", "Daqing"), ("辽宁省", "Liaoning"), ("沈阳市", "Shenyang"), ("大连市", "Dalian"), ("鞍山市", "Anshan"),
]
ORGANIZERS = [
    ("省委网信办", "Provincial Cyberspace Affairs Office", "department"),
    ("教育厅", "Department of Education", "department"),
    ("人力资源社会保障厅", "Department of Human Resources and Social Security", "department"),
    ("经济和信息化厅", "Department of Economy and Information Technology", "department"),
    ("民政厅", "Department of Civil Affairs", "department"),
    ("农业农村厅", "Department of Agriculture and Rural Affairs", "department"),
    ("市委网信办", "Municipal Cyberspace Affairs Office", "city"),
    ("区融媒体中心", "District Media Centre", "city"),
    ("数字素养与技能培训基地", "Digital Skills Training Base", "base"),
    ("老年大学", "University for the Elderly", "base"),
    ("省妇联", "Provincial Women's Federation", "association"),
    ("团省委", "Provincial Youth League", "association"),
    ("省总工会", "Provincial Federation of Trade Unions", "association"),
    ("省残联", "Provincial Disabled Persons' Federation", "association"),
    ("电信运营企业", "a telecom operator", "enterprise"),
    ("互联网平台企业", "an internet platform company", "enterprise"),
]
ACTIVITIES = {
    "industry": [("数字技能夜校", "an evening school of digital skills"), ("“5G+XR”职业技能培训", "\"5G+XR\" vocational training"),
                 ("智能工厂开放日", "a smart factory open day"), ("工业互联网标识解析培训", "training on industrial internet identifiers"),
                 ("中小企业数字化转型辅导", "coaching for SMEs going digital"), ("数字技能竞赛", "a digital skills contest")],
    "education": [("数字素养校园行", "a digital literacy campus tour"), ("人工智能教育周", "an AI education week"),
                  ("教师信息技术应用能力培训", "ICT training for teachers"), ("编程启蒙课", "a first coding class"),
                  ("网络安全知识竞赛", "a cyber safety quiz"), ("数字阅读马拉松", "a digital reading marathon")],
    "elderly": [("智能手机培训班", "a smartphone class"), ("防范电信诈骗讲座", "a talk on phone scams"),
                ("网上挂号帮办", "help with booking hospital visits online"), ("适老化应用体验课", "a class on age-friendly apps"),
                ("社区数字助老志愿服务", "digital help from community volunteers"), ("长者数字课堂", "a digital classroom for seniors")],
    "women": [("巾帼电商直播培训", "livestream selling training for women"), ("数字家庭建设活动", "a digital family programme"),
              ("农村妇女数字技能课", "digital skills for rural women"), ("数字巾帼先锋评选", "the digital women pioneers award"),
              ("女性创业线上课堂", "an online class for women founders")],
    "cadres": [("领导干部网络素养专题班", "an internet literacy course for officials"), ("数字政府能力培训", "digital government training"),
               ("网络安全法治培训", "cyber law training"), ("短视频和H5制作培训", "short video and H5 training"),
               ("“学网懂网用网”专题讲座", "a lecture on learning, understanding and using the internet")],
    "people": [("数字技能进村入户巡讲", "a digital skills tour of villages"), ("新农人直播带货培训", "livestream selling for new farmers"),
               ("全民数字素养宣传周", "a digital literacy week for all"), ("数字生活体验日", "a digital life open day"),
               ("农村电商服务站培训", "training at village e-commerce stations")],
}
TOPICS = [
    ("数字鸿沟", "digital divide"), ("智能手机", "smartphones"), ("网络安全", "cyber safety"), ("数字化转型", "digital transformation"),
    ("电子商务", "e-commerce"), ("人工智能", "artificial intelligence"), ("防范诈骗", "scam prevention"), ("在线课程", "online courses"),
    ("数字素养", "digital literacy"), ("工业互联网", "industrial internet"), ("直播带货", "livestream selling"), ("适老化改造", "age-friendly design"),
    ("数字政府", "digital government"), ("志愿服务", "volunteering"), ("各地经验", "lessons from elsewhere"), ("培训基地", "training bases"),
]
# Where an event takes place; drawn for each sentence that names one.
VENUES = [
    ("社区服务中心", "the community service centre"), ("居家养老服务站", "the home-care station"),
    ("党群服务中心", "the community party service centre"), ("新时代文明实践站", "the civic practice station"),
    ("市图书馆", "the city library"), ("职业技术学院", "the vocational college"), ("乡镇文化站", "the township culture station"),
    ("农家书屋", "the village reading room"), ("企业培训中心", "the company training centre"), ("村委会", "the village committee"),
]
SECTION_HEADS = [
    ("活动安排", "What happened"), ("主要做法", "How it works"), ("参与情况", "Who took part"), ("效果与反馈", "Results and feedback"),
    ("经验做法", "Lessons learned"), ("下一步计划", "Next steps"), ("报名方式", "How to join"), ("典型案例", "A closer look"),
]

# Sentence templates; {r} region, {o} organizer, {a} activity, {g} group, {t}/{u} topics, {n}/{m} numbers, {mo} month;
# {r2}, {o2}, {a2} another region, organizer and activity of the series, and {v} a venue, drawn for the sentence: clauses
# that join them without punctuation differ from page to page, as a campaign's reports do.
ZH = [
    "{mo}月以来，{r}{o}围绕{t}组织开展{a}，累计服务{g}{n}人次。",
    "{a}采取“线上+线下”相结合的方式，邀请{m}名专业讲师走进社区和企业，手把手讲解{t}的常见问题。",
    "参加培训的{g}普遍反映，课程内容贴近生活，学得会、用得上，{u}方面的疑问当场就能得到解答。",
    "{o}负责同志介绍，今年将把{a}作为提升全民数字素养与技能的重点工作，覆盖{r}所有乡镇（街道）。",
    "活动现场设置了{u}体验区，工作人员一对一指导{g}完成注册、缴费、预约等操作。",
    "据统计，{r}已建成{m}个数字技能培训点，形成了“以点带面、逐步推开”的工作格局。",
    "为让{g}真正跨越数字鸿沟，{o}还编印了图文并茂的操作手册，发放{n}余册。",
    "下一步，{r}将继续深化{a}，推动{t}与{u}融合发展，让更多群众共享数字化发展成果。",
    "“以前不会用手机挂号，现在自己就能办。”一位参加{a}的{g}代表说。",
    "{a}共开设{m}期，每期{n}人，结业考核通过率达到百分之九十以上。",
    "{o}与{r}多家单位签订合作协议，共同推进{t}相关课程进基层、进企业、进校园。",
    "在{r}，{t}已经从“新鲜事”变成了群众身边的“日常事”。",
    "{r}把{a}纳入年度民生实事，由{o}统筹课程、师资和场地，{g}可就近报名。",
    "截至{mo}月底，线上课程点击量超过{n}次，{u}专题最受欢迎。",
    "针对{g}的不同需求，课程分为入门、提高和实操三个层次，每个层次{m}课时。",
    "不少学员结业后成为志愿者，回到村里、社区里继续教身边的人使用{t}。",
    "{o}联合{o2}组织{a}走进{v}，帮助{g}掌握{t}相关技能。",
    "在{r2}{v}，{m}名{g}参加了{a2}，现场气氛热烈。",
    "{r}坚持以{t}为核心推进{u}建设推动{a2}高质量发展。",
    "{o2}通过{v}组织{a2}，面对面讲解{t}相关知识。",
    "{r2}{o}持续加强{t}与{u}工作累计开展{a}{m}场。",
    "{r2}{o2}联合{o}开展{a2}，覆盖{g}{n}余人次。",
    "围绕{t}这一主题，{o2}联合{o}组织{a2}走进{r2}{v}，帮助{g}更好融入数字生活。",
    "截至{mo}月底，{r2}已建成{a2}服务点{m}个，累计培训{g}{n}人次。",
]
EN = [
    "Since {mo}, the {o} in {r} has run {a} on {t}, reaching {n} {g}.",
    "The sessions mix online and in-person teaching, with {m} trainers visiting neighbourhoods and firms to explain {t} step by step.",
    "{G} who took part said the lessons were practical and that questions about {u} were answered on the spot.",
    "A spokesperson for the {o} said that {a} would be a priority this year and would reach every township in {r}.",
    "At each event a corner for {u} let {g} try registration, payments and bookings with a helper beside them.",
    "{r} now has {m} training points for digital skills, and the work is spreading from a few pilots to every district.",
    "To help {g} across the digital divide, the {o} also printed an illustrated handbook and gave out more than {n} copies.",
    "Next, {r} plans to extend {a} and to bring {t} and {u} closer together, so that more people share in the digital economy.",
    "\"I could not book a doctor on my phone before; now I do it myself,\" said one of the {g} at {a}.",
    "{m} rounds of {a} have been held so far, each for {n} people, and more than nine in ten passed the final test.",
]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
