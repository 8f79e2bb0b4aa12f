<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="common" tilewidth="16" tileheight="16" tilecount="45" columns="16">
 <image source="common.png" width="256" height="48"/>
 <tile id="0">
  <properties>
   <property name="name" value="walltop_cool_0000"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="walltop_cool_0001"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="walltop_cool_0010"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="walltop_cool_0011"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="walltop_cool_0100"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="walltop_cool_0101"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="walltop_cool_0110"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="walltop_cool_0111"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="walltop_cool_1000"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="walltop_cool_1001"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="walltop_cool_1010"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="walltop_cool_1011"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="walltop_cool_1100"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="walltop_cool_1101"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="walltop_cool_1110"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="walltop_cool_1111"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="walltop_warm_0000"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="walltop_warm_0001"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="walltop_warm_0010"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="walltop_warm_0011"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="walltop_warm_0100"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="walltop_warm_0101"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="walltop_warm_0110"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="walltop_warm_0111"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="walltop_warm_1000"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="walltop_warm_1001"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="walltop_warm_1010"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="walltop_warm_1011"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="walltop_warm_1100"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="walltop_warm_1101"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="walltop_warm_1110"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="walltop_warm_1111"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="void"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="plant_big_r0c0"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="plant_big_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="4" width="10" height="11"/>
  </objectgroup>
 </tile>
 <tile id="35">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="plant_big_terracotta_r0c0"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="plant_big_terracotta_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="4" width="10" height="11"/>
  </objectgroup>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="plant_small"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="4" width="10" height="12"/>
  </objectgroup>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="bin"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="4" y="8" width="8" height="7"/>
  </objectgroup>
 </tile>
 <tile id="39">
  <properties>
   <property name="layer" value="above"/>
   <property name="name" value="water_cooler_r0c0"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="water_cooler_r1c0"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="4" width="10" height="11"/>
  </objectgroup>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="doormat"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="wall_clock"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="exit_sign"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="fire_extinguisher"/>
  </properties>
 </tile>
</tileset>
