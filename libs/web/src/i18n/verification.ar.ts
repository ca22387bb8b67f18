import type { verificationEn } from './verification.en';

/** ملاحظات التحقق (ما تعذر التحقق منه وسببه) بالعربية: المفاتيح التي تعطيها libs/audit لكل ملاحظة. */
export const verificationAr: Record<keyof typeof verificationEn, string> = {
  'verification.note.kafkaNotChecked': 'لم يُتحقق من Kafka: {reason}؛ وتُحقق من المخزن ومن نقاط التحقق الموقعة.',
  'verification.note.noCheckpoint': 'لا توجد نقطة تحقق موقعة بعد: يُتحقق من السجل بمقارنته بنفسه (وبـ Kafka)، لا برأس موقع.',
  'verification.note.awaitingPublication': 'عدد الأحداث التي ما زالت في صندوق الصادر عند رأس المخزن ولم تُنشر بعد على الموضوع: {count}.',
  'verification.note.appendedDuringVerification':
    'عدد الأحداث التي أضيفت أثناء التحقق: {count}؛ وقد قورنت لكنها ليست في الشجرة المعاد حسابها.',
  'verification.note.noPublicKey': 'لا يوجد مفتاح عام: تعذر التحقق من نقاط التحقق الموقعة.',
  'verification.note.bundleKeyUntrusted':
    'تُحقق من نقاط التحقق بالمفتاح العام الذي تحمله الحزمة نفسها، ومفتاح الحزمة لا يثبت شيئاً وحده: فمن استطاع تغيير الحزمة استطاع استبدال المفتاح والتوقيع من جديد. قدّم المفتاح الذي ينشره مشغل السجل ({option}) لتعرف أن الحزمة صادرة عن السجل.',
  'verification.note.beyondCheckpoint':
    'عدد الأحداث بعد آخر نقطة تحقق موقعة (التي تغطي {covered} حدثاً): {beyond}؛ وهي مسلسلة لكن لا تغطيها بعد أي نقطة تحقق موقعة.',
  'verification.note.bundleNoCheckpoint': 'لا تحمل الحزمة أي نقطة تحقق موقعة: يُتحقق من السجل بسلسلة تجزئته وحدها، لا برأس موقع.',
};
