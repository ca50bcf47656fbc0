// Uses the third-party `libretranslate` client against the service at process.argv[2]
// and prints what it got as one JSON object (the JUnit test checks it).
const { translate } = require("libretranslate");

async function attempt(call) {
  try {
    return { value: await call() };
  } catch (e) {
    return { error: String(e.message || e) };
  }
}

(async () => {
  const apiurl = process.argv[2];
  const sentence = process.argv[3];
  const result = {
    enDe: await attempt(() => translate({ query: sentence, source: "en", target: "de", apiurl })),
    autoDe: await attempt(() => translate({ query: sentence, source: "auto", target: "de", apiurl })),
    unknownTarget: await attempt(() => translate({ query: sentence, source: "en", target: "xx", apiurl })),
    unsupportedPair: await attempt(() => translate({ query: sentence, source: "de", target: "en", apiurl })),
  };
  console.log(JSON.stringify(result));
})();
