import type { LanguageCode } from '../model';
import { composeAdoptionLine } from './adoption-line';

const vote = (yes: number, no: number, abstain: number) => ({ kind: 'recorded-vote' as const, tally: { yes, no, abstain } });

describe('the adoption line composed from the meeting and the method', () => {
  const meetings: Record<LanguageCode, string> = {
    en: '51st plenary meeting',
    ar: 'الجلسة العامة 51',
    fr: '51e séance plénière',
    es: '51ª sesión plenaria',
    ru: '51-м пленарном заседании',
    zh: '第51次全体会议',
  };

  it.each([
    [
      'en',
      'adopted without a vote at the 51st plenary meeting',
      'adopted at the 51st plenary meeting by a recorded vote of 150 to 5, with 10 abstentions',
    ],
    [
      'ar',
      'اعتُمد دون تصويت في الجلسة العامة 51',
      'اعتُمد في الجلسة العامة 51 بتصويت مسجل بأغلبية 150 صوتا مقابل 5 أصوات، مع امتناع 10 أعضاء عن التصويت',
    ],
    [
      'fr',
      'adoptée sans vote à la 51e séance plénière',
      "adoptée à la 51e séance plénière à l'issue d'un vote enregistré, par 150 voix contre 5, avec 10 abstentions",
    ],
    [
      'es',
      'aprobada sin votación en la 51ª sesión plenaria',
      'aprobada en la 51ª sesión plenaria en votación registrada, por 150 votos contra 5 y 10 abstenciones',
    ],
    [
      'ru',
      'принята без голосования на 51-м пленарном заседании',
      'принята на 51-м пленарном заседании заносимым в отчет о заседании голосованием 150 голосами против 5 при 10 воздержавшихся',
    ],
    ['zh', '在第51次全体会议上未经表决通过', '在第51次全体会议上经记录表决以150票赞成、5票反对、10票弃权通过'],
  ] as const)('%s: without a vote, and by a recorded vote of 150 to 5 with 10 abstentions', (language, consensus, recorded) => {
    expect(composeAdoptionLine(language, meetings[language], { kind: 'consensus' })).toBe(consensus);
    expect(composeAdoptionLine(language, meetings[language], vote(150, 5, 10))).toBe(recorded);
  });

  it('keeps the line of an adoption recorded without a method: the meeting only', () => {
    expect(composeAdoptionLine('en', ' sixth Plenary Meeting ', undefined)).toBe('adopted at the sixth Plenary Meeting');
    expect(composeAdoptionLine('ar', 'الجلسة العامة السادسة', undefined)).toBe('اعتُمد في الجلسة العامة السادسة');
  });

  it('reads no votes against and no abstentions as the records print them', () => {
    expect(composeAdoptionLine('en', 'x', vote(180, 0, 0))).toBe('adopted at the x by a recorded vote of 180 to none, with no abstentions');
    expect(composeAdoptionLine('en', 'x', vote(180, 2, 1))).toBe('adopted at the x by a recorded vote of 180 to 2, with 1 abstention');
    expect(composeAdoptionLine('fr', 'x', vote(180, 0, 0))).toBe(
      "adoptée à la x à l'issue d'un vote enregistré, par 180 voix contre zéro, sans abstention",
    );
    expect(composeAdoptionLine('es', 'x', vote(1, 0, 0))).toBe(
      'aprobada en la x en votación registrada, por 1 voto contra ninguno y ninguna abstención',
    );
    expect(composeAdoptionLine('ru', 'x', vote(101, 0, 0))).toBe(
      'принята на x заносимым в отчет о заседании голосованием 101 голосом против 0 при отсутствии воздержавшихся',
    );
    expect(composeAdoptionLine('ru', 'x', vote(111, 3, 21))).toContain('111 голосами против 3 при 21 воздержавшемся');
  });

  it('makes the Arabic noun agree with each count', () => {
    const line = (yes: number, no: number, abstain: number) => composeAdoptionLine('ar', 'x', vote(yes, no, abstain));
    expect(line(180, 0, 0)).toBe('اعتُمد في x بتصويت مسجل بأغلبية 180 صوتا مقابل لا شيء، دون امتناع أي عضو عن التصويت');
    expect(line(100, 1, 1)).toContain('بأغلبية 100 صوت مقابل صوت واحد، مع امتناع عضو واحد عن التصويت');
    expect(line(2, 2, 2)).toContain('بأغلبية صوتين مقابل صوتين، مع امتناع عضوين عن التصويت');
    expect(line(105, 3, 11)).toContain('بأغلبية 105 أصوات مقابل 3 أصوات، مع امتناع 11 عضوا عن التصويت');
    expect(line(112, 10, 102)).toContain('بأغلبية 112 صوتا مقابل 10 أصوات، مع امتناع 102 عضو عن التصويت');
  });
});
