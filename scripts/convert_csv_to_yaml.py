"""One-off: the CSV dataset of 2026-11 -> the YAML files (issue 9), and the proof it changed
nothing: `python scripts/convert_csv_to_yaml.py OLD_CSV_DIR OUT_DIR`.

Each row's `source_title`/`source_url` become sources of their own where the titles and
addresses pair up one to one, else one source with several addresses; each source is read on
the row's `verified_on`. A source's tier comes from its address by the rules below: they
were reviewed domain by domain on 2026-12-07 and are a starting point a reviewer corrects in
the files, not a judgement on any single page.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from agreements.datafiles import common as c
from agreements.datafiles import write

LANGUAGES = ("fr", "es", "ar")

# The law, treaty series, gazettes, governments, their institutions, the ILO, ISSA, the EU,
# the US SSA: official. Government domains first, then institutions on other domains.
OFFICIAL_SUFFIXES = (
    ".gov",
    ".gouv.fr",
    ".gob.es",
    ".gob.mx",
    ".gob.ar",
    ".gob.cl",
    ".gob.do",
    ".gob.bo",
    ".gob.pe",
    ".gob.sv",
    ".gub.uy",
    ".gov.br",
    ".leg.br",
    ".gc.ca",
    ".gov.au",
    ".gv.at",
    ".admin.ch",
    ".europa.eu",
    ".go.jp",
    ".go.kr",
    ".go.th",
    ".gov.uk",
    ".gov.in",
    ".nic.in",
    ".gov.sa",
    ".gov.ae",
    ".gov.qa",
    ".gov.kw",
    ".gov.om",
    ".gov.bh",
    ".gov.tr",
    ".gov.ua",
    ".gov.my",
    ".gov.ph",
    ".gov.pk",
    ".gov.bd",
    ".gov.lk",
    ".gov.np",
    ".gov.eg",
    ".gov.ma",
    ".gov.za",
    ".gov.cn",
    ".gov.vn",
    ".gov.sg",
    ".gov.it",
    ".gov.pt",
    ".gov.gr",
    ".gov.pl",
    ".gov.hu",
    ".gov.ie",
    ".govt.nz",
    ".gov.je",
    ".gov.im",
    ".gov.gg",
    ".gov.tl",
    ".gov.mt",
    ".gov.ge",
    ".gov.az",
    ".gov.ly",
    ".gov.cy",
    ".gov.lv",
    ".gov.kg",
    ".gov.uz",
    ".gov.tj",
    ".gouv.qc.ca",
    ".gouvernement.lu",
    ".fgov.be",
    ".belgium.be",
    ".overheid.nl",
    ".gov.hr",
    ".gov.mk",
    ".gov.al",
    ".gov.ba",
    ".gov.rs",
    ".gov.me",
    ".gov.si",
    ".gov.sk",
    ".gov.cz",
    ".gov.ro",
    ".gov.bg",
    ".gov.lt",
    ".gov.ee",
    ".gov.fi",
    ".gov.is",
    ".gov.no",
    ".gov.dk",
    ".gov.se",
    ".gov.de",
    ".bund.de",
    ".gov.il",
    ".gov.jm",
    ".gov.bb",
    ".gov.tt",
    ".gov.bm",
    ".gov.ag",
    ".gov.gy",
    ".gov.mu",
    ".govmu.org",
    ".gov.py",
    ".gov.co",
    ".gov.ao",
    ".gov.mz",
    ".gov.gh",
    ".gov.ng",
    ".gov.ke",
    ".gov.et",
    ".gov.ir",
    ".gov.ru",
    ".gov.kz",
    ".go.ke",
    ".go.ug",
    ".go.tz",
    ".gov.dz",
    ".gov.tn",
    ".gv.ao",
    ".gov.cv",
    ".gov.gw",
    ".gov.st",
    ".gov.mn",
    ".gov.md",
    ".gov.bz",
    ".gov.lc",
    ".gov.dm",
    ".gov.kn",
    ".gov.ms",
    ".gov.vc",
    ".gov.gd",
    ".lg.jp",
    ".gov.sm",
    ".va",
    ".senado.leg.br",
    ".camara.leg.br",
    ".parlament.gv.at",
)
OFFICIAL_HOSTS = {
    "ssa.gov",
    "socialsecurity.gov",
    "ilo.org",
    "ilo.ch",
    "ilo.int",
    "oit.org",
    "issa.int",
    "normlex.ilo.org",
    "webapps.ilo.org",
    "wwwex.ilo.org",
    "social-protection.org",
    "legislation.gov.uk",
    "treaties.fcdo.gov.uk",
    "gov.uk",
    "api.parliament.uk",
    "publications.parliament.uk",
    "hansard.parliament.uk",
    "commonslibrary.parliament.uk",
    "canada.ca",
    "dss.gov.au",
    "deutsche-rentenversicherung.de",
    "rvrecht.deutsche-rentenversicherung.de",
    "nenkin.go.jp",
    "nps.or.kr",
    "fund.nps.or.kr",
    "minwon.nps.or.kr",
    "seg-social.es",
    "revista.seg-social.es",
    "inps.it",
    "servizi2.inps.it",
    "inail.it",
    "cleiss.fr",
    "legislation.cnav.fr",
    "lassuranceretraite.fr",
    "legifrance.gouv.fr",
    "senat.fr",
    "assemblee-nationale.fr",
    "questions.assemblee-nationale.fr",
    "boe.es",
    "socialsecurity.be",
    "socialsecurity.belgium.be",
    "uwv.nl",
    "svbkennisplatform.nl",
    "regjeringen.no",
    "nav.no",
    "stortinget.no",
    "fedlex.admin.ch",
    "sva-ag.ch",
    "akzug.ch",
    "ak35.ch",
    "zas.admin.ch",
    "bsv.admin.ch",
    "ris.bka.gv.at",
    "svs.at",
    "gesundheitskasse.at",
    "pv.at",
    "apps.auva.at",
    "dvka.de",
    "aok.de",
    "tk.de",
    "bgetem.de",
    "bgbl.de",
    "welfare.ie",
    "gov.ie",
    "citizensinformation.ie",
    "irishstatutebook.ie",
    "oireachtas.ie",
    "kela.fi",
    "finlex.fi",
    "forsakringskassan.se",
    "pensionsmyndigheten.se",
    "www4.skatteverket.se",
    "riksdagen.se",
    "data.riksdagen.se",
    "borger.dk",
    "lifeindenmark.borger.dk",
    "ft.dk",
    "bm.dk",
    "atp.dk",
    "zus.pl",
    "lang.zus.pl",
    "nfz.gov.pl",
    "cssz.cz",
    "mpsv.cz",
    "socpoist.sk",
    "zpiz.si",
    "ezpiz.zpiz.si",
    "sodra.lt",
    "vsaa.gov.lv",
    "efka.gov.gr",
    "ypergasias.gov.gr",
    "cnpp.ro",
    "nssi.bg",
    "mirovinsko.hr",
    "seg-social.pt",
    "www4.seg-social.pt",
    "gep.mtsss.gov.pt",
    "dre.tretas.org",
    "cass.ad",
    "iss.sm",
    "caisses-sociales.mc",
    "legimonaco.mc",
    "socialsecurity.gov.mt",
    "sgk.gov.tr",
    "eski.sgk.gov.tr",
    "istanbul.sgk.gov.tr",
    "resmigazete.gov.tr",
    "csgb.gov.tr",
    "ailevecalisma.gov.tr",
    "gosi.gov.sa",
    "cchi.gov.sa",
    "chi.gov.sa",
    "gpssa.gov.ae",
    "u.ae",
    "uaelegislation.gov.ae",
    "grsia.gov.qa",
    "hukoomi.gov.qa",
    "moph.gov.qa",
    "pifss.gov.kw",
    "moh.gov.kw",
    "spf.gov.om",
    "pasi.gov.om",
    "sio.gov.bh",
    "gcc-sg.org",
    "epfindia.gov.in",
    "esic.in",
    "labour.gov.in",
    "mea.gov.in",
    "sansad.in",
    "perkeso.gov.my",
    "kwsp.gov.my",
    "sso.go.th",
    "sss.gov.ph",
    "portal.sss.gov.ph",
    "cpf.gov.sg",
    "mycpf.cpf.gov.sg",
    "mom.gov.sg",
    "vss.gov.vn",
    "nhsa.gov.cn",
    "sfr.gov.ru",
    "pfru.uz",
    "socfond.kg",
    "epf.lk",
    "slbfe.lk",
    "beoe.gov.pk",
    "nosi.gov.eg",
    "cnss.ma",
    "anss.gov.ma",
    "cnss.tn",
    "cnr.dz",
    "dz.cnr.dz",
    "ipres.sn",
    "secusociale.sn",
    "sassa.gov.za",
    "ssnit.org.gh",
    "cnps.cm",
    "cnss.bf",
    "inps.ml",
    "cnss.tg",
    "cnss.ga",
    "cnss.bj",
    "cnss.ne",
    "inss.gov.mz",
    "lacipres.org",
    "imss.gob.mx",
    "isss.gob.sv",
    "dida.gob.do",
    "arssenasa.gob.do",
    "anses.gob.ar",
    "sssalud.gob.ar",
    "servicios.infoleg.gob.ar",
    "ips.gov.py",
    "bps.gub.uy",
    "impo.com.uy",
    "planalto.gov.br",
    "gov.br",
    "mintrabajo.gov.co",
    "colpensiones.gov.co",
    "chileatiende.cl",
    "test.chileatiende.cl",
    "bcn.cl",
    "datos.bcn.cl",
    "oiss.org",
    "mercosur.int",
    "caricom.org",
    "oldsite.caricom.org",
    "coe.int",
    "conventions.coe.int",
    "eur-lex.europa.eu",
    "nibtt.net",
    "nis.gov.bb",
    "nisgrenada.org",
    "nissvg.org",
    "socialsecurity.org.bz",
    "nib-bahamas.com",
    "btl.gov.il",
    "revenuquebec.ca",
    "retraitequebec.gouv.qc.ca",
    "laws-lois.justice.gc.ca",
    "pm.gc.ca",
    "treaty-accord.gc.ca",
    "lex.bister.li",
    "apps.llv.li",
    "piom.com.mk",
    "pio.rs",
    "fondpio.me",
    "fzmiopio.ba",
    "issh.gov.al",
    "cnas.md",
    "ssa.gov.ge",
    "allamkincstar.gov.hu",
    "njt.hu",
    "jerseylaw.je",
    "legislation.gov.au",
    "legislation.govt.nz",
    "austlii.edu.au",
    "classic.austlii.edu.au",
    "healthcare.gov",
    "irs.gov",
    "en.tamin.ir",
    "tamin.ir",
    "nszu.gov.ua",
    "pensia.ua",
    "msp.gov.ua",
    "elibrary.judiciary.gov.ph",
    "issuances-library.senate.gov.ph",
    "adala.justice.gov.ma",
    "verdragenbank.overheid.nl",
    "wetten.overheid.nl",
    "zoek.officielebekendmakingen.nl",
    "admin.ch",
    "ch.ch",
    "rkrattsbaser.gov.se",
    "boe.gob.es",
    "normattiva.it",
    "salute.gov.it",
    "temi.camera.it",
    "bdp.camera.it",
    "senate.be",
    "lexgo.be",
    "etaamb.openjustice.be",
    "www12.senado.leg.br",
    "www12.senado.gov.br",
    "legislativo.parlamento.gub.uy",
    "uradni-list.si",
    "moh.gov.sg",
    "ask.gov.sg",
    "madeforfamilies.gov.sg",
    "life.gov.sg",
    "bokjiro.go.kr",
    "data.go.kr",
    "english.seoul.go.kr",
    "workingkorea.net",
    "esteri.it",
    "ambnairobi.esteri.it",
    "india.diplo.de",
    "in.ambafrance.org",
    "diplomatie.gouv.fr",
    "eda.admin.ch",
    "indembassy-tokyo.gov.in",
    "indian-embassy.dk",
    "ca.emb-japan.go.jp",
    "sydkorea.um.dk",
    "news.mofa.go.kr",
    "oman.embassy.gov.lk",
    "vancouver.msz.gov.pl",
    "dublin.kdmid.ru",
    "vienna.mfa.gov.mk",
    "service-public.fr",
    "ameli.fr",
    "solidarites-sante.gouv.fr",
    "sante.gouv.fr",
    "employment-social-affairs.ec.europa.eu",
    "missoc.org",
}
# Embassies of another state speak for that state, not the law they describe: secondary.
SECONDARY_HOSTS = {
    "esteri.it",
    "ambnairobi.esteri.it",
    "india.diplo.de",
    "in.ambafrance.org",
    "indembassy-tokyo.gov.in",
    "indian-embassy.dk",
    "ca.emb-japan.go.jp",
    "sydkorea.um.dk",
    "oman.embassy.gov.lk",
    "vancouver.msz.gov.pl",
    "dublin.kdmid.ru",
    "vienna.mfa.gov.mk",
}
# News, blogs, forums, mirrors of unknown origin, relocation and gossip sites: leads.
LEAD_PATTERNS = re.compile(
    r"news|times|blog|pages\.dev|gossip|wikimili|nationsencyclopedia|forum|reddit|tribune|"
    r"daily|diario|noticias|press|journal|herald|gazette(?!\.gc)|post|express|\.tv$|radio|"
    r"tempo|merdeka|kompas|dawn|nation\.|pulselive|kenyans|tengele|sputnik|dzen|mail\.ru|"
    r"aif\.ru|ru24|vedomosti|kun\.uz|podrobno|darakchi|vaib|one\.uz|fergana|asiaplus|24\.kg|"
    r"kabar|knews|open\.kg|vb\.kg|stanradar|prothomalo|unb\.com|financialexpress|thestar|"
    r"malaymail|malaysiakini|bangkokpost|irrawaddy|expat|relocation|visa|aseannow|zawya|"
    r"arabtimes|kuwaittimes|timeskuwait|khalij|gulf|siasat|urdupoint|arynews|brecorder|"
    r"indianabroad|countryandpolitics|seepositive|thepriest|bharathorizon|currentindia|"
    r"economynext|onlanka|lankafreeeducation|anandasirisena|risingnepal|himalayan|fiscalnepal|"
    r"annapurna|yonhap|yna\.co\.kr|koreaherald|asiae|edaily|newsis|dailian|sisafocus|wowtv|"
    r"dongponews|gwangju|newswire|kbs\.co\.kr|newsmp|hapskorea|k-guide|vnexpress|vietnamnet|"
    r"laodong|baonghean|vovworld|vneconomy|luatvietnam|maghress|masress|yabiladi|ledesk|"
    r"lematin|leseco|femmesdumaroc|libe\.ma|senegoriale|pressafrik|xalima|adakar|aniamey|"
    r"guinee360|lalibreville|bamada|askia24|lefaso|africa|allafrica|mereja|2merkato|"
    r"ghanaweb|modernghana|ghanaiantimes|thenationonline|businessday|infobae|lanacion|"
    r"cronista|minutouno|filo\.news|la-razon|laventana|mercopress|ladiaria|gestion\.pe|"
    r"larepublica|eltelegrafo|aprimerahora|razon|tvazteca|dedinero|macronews|saludiario|"
    r"oaxaca|sonora|oncenoticias|g1\.globo|migalhas|rtp\.pt|sapo\.pt|dinheirovivo|avvenire|"
    r"ilmessaggero|iltempo|ilsole24ore|tg24|sannio|rtve|europapress|20minutos|larazon|"
    r"okdiario|lainformacion|thelocal|derstandard|kurier|lecho|levif|rfi\.fr|tf1|"
    r"econostrum|udn\.com|chinadaily|enorth|knitpeople|yunya|xunlv|5er\.cn|cheyouz|"
    r"12reads|landslide|baltimore|marketwired|prnewswire|einpresswire|miragenews|"
    r"investvine|iorbitnews|offshorenewsflash|silkway|ukrinform|sud\.ua|intent\.press|"
    r"112\.ua|uzhgorod|chaspravdy|uc\.kr\.ua|breaking-news|donetsk|volgodonsk|moscsp|"
    r"mamipizza|yadzen|hmrn|perm\.|haberler|haberturk|cumhuriyet|dunya|corumhaber|"
    r"aydindenge|calismadunyasi|hayatadestek|multecihaklari|refugeeinturkey|liveinturkiye|"
    r"finlandtimes|nau\.ch|albinfo|czechinsight|novyepis|nineoclock|pensiiconstanta|"
    r"infobalkans|independent\.com\.mt|kildarestreet|irishtimes|taxreturnhelp|legalblog|"
    r"reassured|unbiased|turn2us|healthydebate|vivelecanada|immigrantmuse|canadavisa|"
    r"crowner|colorsnews|spkep|indopolitika|bangsaonline|headline24|suararembang|ipol\.id|"
    r"pasardana|idntimes|kabar24|apakabar|tribunnews|welcomeqatar|dohanews|ksaexpats|"
    r"odysseyrecruitment|calc-sa|gccbusinessnews|gcclub|owwabenefits|workingpinoy|"
    r"cheldiokno|metrocebu|respicio|jur\.ph|lawalpine|sehatinsaf|gossip\.pk|nation\.com\.pk|"
    r"pastebin|answers\.google|wiki\.legalaid|lnks\.gd|xn--|ittrading|zqr6mfrgh|15huv|"
    r"xuff|uk\.to|13\.214|dyerandpost|coralberry|custommapposter|fabianca|anothercircus|"
    r"studylib|docplayer|scribd|pdfslide|pdfprof|doczz|docslib|123dok|9lib|1library|5dok|"
    r"9dok|adoc\.pub|readkong|yumpu|vdocument|fdocument|livrozilla|docobook|docsbay|"
    r"paperzz|financedocbox|lawsdocbox|d\.docksci|ebrary|docstoc|wikiprocedure|sagapedia|"
    r"liquisearch|the-uncensored-wiki|wikiimpact|famipedia|hkbav|lifelines|zahoribo|"
    r"nelsinhotrad|profemarli|rondoniadigital|ttfnoticias|nioaque|portalin|comunidades\.net|"
    r"capacitasuas|beneficiofamilia|guiadobeneficio|ansescuil|wini\.ar|andhes|ahoraeg|"
    r"radiomacuto|ultimahoragb|4vesreporter|mznews|groupecongomedias|nouvelangle|"
    r"alwatwan|montsame|moldpres|lemauricien|macauhub|pressreader|2001online|vid-arch",
    re.IGNORECASE,
)


def host_of(url: str) -> str:
    host = url.split("/")[2].lower() if "//" in url else url.lower()
    return re.sub(r"^www\d*\.", "", host.split(":")[0]).rstrip(".")


def tier_of(url: str) -> str:
    host = host_of(url)
    if host in SECONDARY_HOSTS:
        return "secondary"
    if host in OFFICIAL_HOSTS or host.endswith(OFFICIAL_SUFFIXES):
        return "official"
    if LEAD_PATTERNS.search(host):
        return "lead"
    return "secondary"


def split_urls(text: str) -> list[str]:
    return [u for u in re.split(r"\s+;\s+", text.strip()) if u]


def sources_of(row: c.Row) -> list[c.Source]:
    urls = split_urls(row["source_url"])
    titles = row["source_title"].split(c.TITLE_SEPARATOR)
    read = row["verified_on"]
    balanced = all(t.count("(") == t.count(")") for t in titles)
    if len(titles) == len(urls) and len(urls) > 1 and balanced:
        return [
            {"title": t, "url": u, "tier": tier_of(u), "read": read}
            for t, u in zip(titles, urls, strict=True)
        ]
    best = min((c.TIER_RANK[tier_of(u)] for u in urls), default=c.TIER_RANK["secondary"])
    url: str | list[str] = urls[0] if len(urls) == 1 else urls
    return [{"title": row["source_title"], "url": url, "tier": c.TIERS[best], "read": read}]


def convert(old: Path) -> dict[str, list[c.Row]]:
    tables: dict[str, list[c.Row]] = {}
    for name in c.TABLE_FILES:
        with (old / name).open(newline="", encoding="utf-8") as handle:
            rows = [{k: (v or "").strip() for k, v in r.items()} for r in csv.DictReader(handle)]
        for row in rows:
            row["sources"] = c.sources_cell(sources_of(row))
        tables[name] = rows
    return tables


def main(old: Path, out: Path) -> None:
    for name, text in write.files(convert(old), LANGUAGES).items():
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
