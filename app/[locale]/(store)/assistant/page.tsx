import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ChatBox } from "@/components/assistant/chat-box";
import { ConversationList } from "@/components/assistant/conversation-list";
import { ConversationsDrawer } from "@/components/assistant/conversations-drawer";
import type { PlanOffer } from "@/components/assistant/plans-offer";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { assistantModelLabel } from "@/lib/assistant/model";
import { currentAssistantVisitor } from "@/lib/assistant/owner";
import { findThread, listThreads, threadMessages } from "@/lib/assistant/threads";
import { env } from "@/lib/config/env";
import { pageLocale, type LocaleParams } from "@/lib/i18n/server";
import { loadMessages, pickMessages } from "@/lib/i18n/messages";
import { plans } from "@/lib/plans/catalog";
import { hasAssistantAccess } from "@/lib/plans/entitlement";
import { formatCents } from "@/lib/money/format";
import { freeUsesLeft } from "@/lib/quota";
// The answers' markdown styles, for this page only (app/globals.css leaves them out).

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "AssistantPage" });
  return { title: t("title"), description: t("description") };
}

type Props = { params: LocaleParams; searchParams: Promise<{ thread?: string | string[]; new?: string | string[] }> };

export default async function AssistantPage({ params: localeParams, searchParams }: Props) {
  const locale = await pageLocale(localeParams);
  const [t, planName, planTerms, messagesForLocale] = await Promise.all([
    getTranslations("AssistantPage"),
    getTranslations("PlanNames"),
    getTranslations("Plans"),
    loadMessages(locale),
  ]);
  const params = await searchParams;
  const { user, deviceId, ip, userAgent, owner } = await currentAssistantVisitor();
  const threads = await listThreads(owner);

  const asked = typeof params.thread === "string" ? params.thread : undefined;
  const startNew = params.new !== undefined;
  const thread = startNew ? undefined : asked ? await findThread(asked, owner) : threads[0] ? await findThread(threads[0].id, owner) : undefined;
  const [messages, entitled] = await Promise.all([thread ? threadMessages(thread.id) : Promise.resolve([]), user ? hasAssistantAccess(user.id) : Promise.resolve(false)]);
  const left = entitled ? null : await freeUsesLeft({ userId: user?.id, deviceId, ip, userAgent });
  const offers: PlanOffer[] = plans.map((plan) => ({
    id: plan.id,
    name: planName(plan.id),
    price: formatCents(plan.amountCents, plan.currency, locale, { wholeAmounts: "short" }),
    cadence: planTerms(`cadence.${plan.id}`),
  }));

  return (
    // Only the chat's own messages travel with it, and only to this page.
    <NextIntlClientProvider locale={locale} messages={pickMessages(messagesForLocale, ["Assistant"])} timeZone="UTC" formats={{}}>
      <div className="grid min-w-0 gap-4 md:grid-cols-[15rem_minmax(0,1fr)] md:gap-8">
        <ConversationsDrawer>
          <form action="/assistant">
            <input type="hidden" name="new" value="1" />
            <button type="submit" className={buttonClass("secondary", "w-full")}>
              {t("newConversation")}
            </button>
          </form>
          <ConversationList
            initial={threads.map((summary) => ({ id: summary.id, title: summary.title, updatedAt: summary.updatedAt.toISOString() }))}
            activeId={thread?.id}
          />
        </ConversationsDrawer>
        <section className="flex min-w-0 flex-col gap-4">
          <header>
            <h1 className="text-2xl font-bold text-leaf-900">{t("heading")}</h1>
            <p className="text-sm text-stone-600">{t("lede")}</p>
          </header>
          {asked && !thread ? <Alert tone="error">{t("notFound")}</Alert> : null}
          <ChatBox
            key={startNew ? "new" : "resume"}
            threadId={thread?.id}
            initialMessages={messages}
            entitled={entitled}
            freeUsesLeft={left}
            modelLabel={assistantModelLabel()}
            plans={offers}
            origin={new URL(env().APP_URL).origin}
          />
        </section>
      </div>
    </NextIntlClientProvider>
  );
}
