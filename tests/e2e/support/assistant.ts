import type { Page } from "@playwright/test";

/**
 * The free-use quota counts the network (IP + browser) too, and every test comes from 127.0.0.1:
 * each journey gets a browser of its own so one journey's questions are not another's.
 */
export function browserNamed(name: string) {
  return `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 BeyondEarthE2E/${name}-${Date.now()}`;
}

/** Types the question and sends it; resolves with the assistant's response. */
export async function ask(page: Page, question: string) {
  await page.getByLabel("Message").fill(question);
  const answered = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/assistant");
  await page.getByRole("button", { name: "Send" }).click();
  return answered;
}

export const conversation = (page: Page) => page.getByRole("log", { name: "Conversation" });
