/* The phone page's words in Russian, Persian and Turkish. The language is the phone's own
   (navigator.languages), or ?lang=ru|fa|tr in the address; Persian turns the page right to
   left. T("English") gives the phone's words; what the workshop typed is never translated. */
(function () {
  "use strict";
  var WORDS = {
    "ZOPP live vote": ["Голосование ZOPP", "رأی‌گیری زندهٔ ZOPP", "ZOPP canlı oylama"],
    "Join code (on the shared screen)": ["Код входа (на общем экране)", "کد ورود (روی صفحهٔ مشترک)", "Katılım kodu (ortak ekranda)"],
    "Join": ["Войти", "ورود", "Katıl"],
    "Tap your name.": ["Нажмите на своё имя.", "روی نام خود بزنید.", "Adınıza dokunun."],
    "← Back": ["← Назад", "→ قبلی", "← Geri"],
    "Next →": ["Далее →", "بعدی ←", "İleri →"],
    "Show the results": ["Показать итоги", "نمایش نتایج", "Sonuçları göster"],
    "Results": ["Итоги", "نتایج", "Sonuçlar"],
    "Back to my votes": ["К моим голосам", "بازگشت به رأی‌هایم", "Oylarıma dön"],
    "You have no country or region to vote for; ask the facilitator.": ["Вам не назначены страна или регион для голосования; обратитесь к модератору.", "کشور یا منطقه‌ای برای رأی دادن ندارید؛ از تسهیل‌گر بپرسید.", "Oy vereceğiniz bir ülke ya da bölge yok; kolaylaştırıcıya sorun."],
    "Voting is closed; the results are revealed.": ["Голосование закрыто; итоги открыты.", "رأی‌گیری بسته شد؛ نتایج نمایش داده شد.", "Oylama kapandı; sonuçlar açıklandı."],
    "Voting is closed; your answers can no longer change.": ["Голосование закрыто; ответы больше не изменить.", "رأی‌گیری بسته شد؛ پاسخ‌هایتان دیگر تغییر نمی‌کند.", "Oylama kapandı; yanıtlarınız artık değişemez."],
    "{0} of {1} answers done": ["Готово ответов: {0} из {1}", "{0} از {1} پاسخ انجام شد", "{1} yanıttan {0} tanesi tamam"],
    "{0} — in {1}": ["{0} — в группе «{1}»", "{0} — در گروه {1}", "{0} — {1} grubunda"],
    "{0} (region)": ["{0} (регион)", "{0} (منطقه)", "{0} (bölge)"],
    "Objective {0}": ["Задача {0}", "هدف {0}", "Hedef {0}"],
    "sending…": ["отправка…", "در حال فرستادن…", "gönderiliyor…"],
    "saved; sending the rest…": ["сохранено; отправка остального…", "ذخیره شد؛ در حال فرستادن بقیه…", "kaydedildi; kalanı gönderiliyor…"],
    "saved": ["сохранено", "ذخیره شد", "kaydedildi"],
    "not sent yet; trying again…": ["ещё не отправлено; повторная попытка…", "هنوز فرستاده نشده؛ تلاش دوباره…", "henüz gönderilmedi; yeniden deneniyor…"],
    "Importance": ["Важность", "اهمیت", "Önem"],
    "Capacity": ["Потенциал", "توان", "Kapasite"],
    "Priority": ["Приоритет", "اولویت", "Öncelik"],
    "non-existent": ["отсутствует", "ناموجود", "yok"],
    "minor": ["низкая", "کم", "küçük"],
    "medium": ["средняя", "متوسط", "orta"],
    "major": ["высокая", "زیاد", "büyük"],
    "poor": ["слабый", "ضعیف", "zayıf"],
    "good": ["хороший", "خوب", "iyi"],
    "low": ["низкий", "پایین", "düşük"],
    "high": ["высокий", "بالا", "yüksek"],
    "unknown": ["неизвестно", "نامعلوم", "bilinmiyor"]
  };
  var LANGUAGES = ["ru", "fa", "tr"];

  function chosen() {
    var asked = /[?&]lang=([a-z]{2})/.exec(window.location.search);
    var wanted = (asked ? [asked[1]] : []).concat(navigator.languages || [navigator.language || ""]);
    for (var i = 0; i < wanted.length; i += 1) {
      var code = String(wanted[i]).slice(0, 2).toLowerCase();
      if (code === "en") return "en";
      if (LANGUAGES.indexOf(code) >= 0) return code;
    }
    return "en";
  }

  var language = chosen();
  var column = LANGUAGES.indexOf(language);

  function T(text) {
    var row = WORDS[text];
    var out = row && column >= 0 ? row[column] : text;
    for (var i = 1; i < arguments.length; i += 1) out = out.split("{" + (i - 1) + "}").join(String(arguments[i]));
    return out;
  }

  function translateStatic() {
    document.documentElement.lang = language;
    if (language === "fa") document.documentElement.dir = "rtl";
    document.title = T(document.title);
    var nodes = document.querySelectorAll("h1, h2, label, button, p");
    Array.prototype.forEach.call(nodes, function (node) {
      if (node.childElementCount === 0 && WORDS[node.textContent.trim()]) {
        node.textContent = T(node.textContent.trim());
      }
    });
  }

  window.ZOPP_WORDS = WORDS;
  window.ZOPP_LANGUAGE = language;
  window.T = T;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", translateStatic);
  else translateStatic();
})();
