import { featureSet, textFeatures } from '../../../src/domain/triage/text-features';
import { EMPTY_COUNTS, withExample, type TriageCounts } from '../../../src/domain/triage/triage-counts';

/** A small routed history in the three languages: billing and delivery complaints, 24 in all. */
export const HISTORY: readonly { readonly text: string; readonly label: string }[] = [
  { label: 'billing', text: 'I was charged twice for one order, please refund the payment' },
  { label: 'billing', text: 'The invoice shows a wrong amount and an extra fee' },
  { label: 'billing', text: 'My card was charged without my consent' },
  { label: 'billing', text: 'Still waiting for the refund of my payment' },
  { label: 'billing', text: 'С карты дважды списали деньги за заказ' },
  { label: 'billing', text: 'Списание средств без моего согласия, верните оплату' },
  { label: 'billing', text: 'В счете неверная сумма и лишняя комиссия' },
  { label: 'billing', text: 'Мне не вернули деньги, возврат оплаты не пришел' },
  { label: 'billing', text: 'З картки двічі списали гроші за замовлення' },
  { label: 'billing', text: 'Списання коштів без моєї згоди, поверніть оплату' },
  { label: 'billing', text: 'У рахунку неправильна сума і зайва комісія' },
  { label: 'billing', text: 'Повернення коштів за оплату досі не надійшло' },
  { label: 'delivery', text: 'My parcel never arrived, the courier did not come' },
  { label: 'delivery', text: 'The delivery was late by a week' },
  { label: 'delivery', text: 'The courier left the package at the wrong address' },
  { label: 'delivery', text: 'Tracking says delivered but the parcel is not here' },
  { label: 'delivery', text: 'Доставка опоздала на неделю, курьер не приехал' },
  { label: 'delivery', text: 'Курьер оставил посылку не по адресу' },
  { label: 'delivery', text: 'Посылка так и не пришла, доставка сорвана' },
  { label: 'delivery', text: 'Заказ привезли поврежденным, доставкой недоволен' },
  { label: 'delivery', text: "Доставка запізнилася на тиждень, кур'єр не приїхав" },
  { label: 'delivery', text: 'Посилка так і не прийшла до відділення' },
  { label: 'delivery', text: 'Кур’єр залишив посилку не за адресою' },
  { label: 'delivery', text: 'Доставку перенесли без попередження' },
];

export const learnAll = (examples: readonly { readonly text: string; readonly label: string }[], counts: TriageCounts = EMPTY_COUNTS): TriageCounts =>
  examples.reduce((c, e) => withExample(c, featureSet(textFeatures(e.text)), e.label, 1), counts);
